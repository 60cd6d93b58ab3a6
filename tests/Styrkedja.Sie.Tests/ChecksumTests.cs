using Styrkedja.Sie;

namespace Styrkedja.Sie.Tests;

/// <summary>
/// #KSUMMA (section 10). The expected values were computed independently with zlib's CRC-32 (the same
/// polynomial, preset and inversion) over the characters the spec says count: labels and field contents
/// in CP437, without blanks, enclosing quotes, braces or the backslash of \".
/// </summary>
public class ChecksumTests
{
    private const string SpecExample = "#FLAGGA 0\n#KSUMMA\n#KONTO 1915 \"Kassa \\\"special\\\"\"\n#KSUMMA {0}\n";

    private const string WithVoucher =
        "#FLAGGA 0\n#KSUMMA\n#KONTO 3010 Försäljning\n#VER A 1 20240105 \"Lön\"\n{{\n" +
        "\t#TRANS 1910 {{1 \"a\"}} 100.00\n\t#TRANS  3010 {{}}  -100.00\n}}\n\n#KSUMMA\t{0}\n";

    [Theory]
    [InlineData(SpecExample, 1921122205u)]
    [InlineData(WithVoucher, 1244254347u)]
    public async Task A_correct_checksum_is_accepted(string file, uint checksum)
    {
        var records = await Sie.ReadAllAsync(string.Format(file, checksum));

        Assert.Contains(records, r => r is SieAccount);
    }

    [Theory]
    [InlineData(SpecExample, 1921122206u, 4)]
    [InlineData(WithVoucher, 1244254346u, 10)]
    public async Task A_wrong_checksum_is_an_error_on_the_closing_line(string file, uint checksum, int line)
    {
        var error = await Sie.FailsAsync(string.Format(file, checksum));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"Rad {line}: #KSUMMA: kontrollsumman stämmer inte (filen anger {checksum}", error.Message);
    }

    [Fact]
    public async Task The_norstedts_sample_carries_a_correct_checksum_and_a_changed_copy_is_rejected()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "Norstedts_Bokslut_SIE_4I.si"));
        var records = await Sie.ReadAllAsync(new MemoryStream(bytes));
        Assert.Equal(2, records.OfType<SieVoucher>().Count());

        var text = Sie.Cp437.GetString(bytes);
        var changed = Sie.Cp437.GetBytes(text.Replace("#KONTO\t1070\tGoodwill", "#KONTO\t1070\tGoodwilk"));
        Assert.NotEqual(bytes, changed);
        var error = await Sie.FailsAsync(new MemoryStream(changed));
        Assert.Equal(text.TrimEnd().Split('\n').Length, error.Line); // the closing #KSUMMA is the last line
        Assert.Contains("kontrollsumman stämmer inte", error.Reason);
    }

    [Fact]
    public async Task A_file_cut_short_before_its_closing_checksum_is_an_error_on_the_opening_line()
    {
        var error = await Sie.FailsAsync("#FLAGGA 0\n#KSUMMA\n#KONTO 1910 Kassa\n");

        Assert.Equal("Rad 2: #KSUMMA inleder en kontrollsumma men filen saknar avslutande #KSUMMA (filen kan vara avkortad)", error.Message);
    }

    [Fact]
    public async Task A_closing_checksum_without_an_opening_one_is_an_error()
    {
        var error = await Sie.FailsAsync("#FLAGGA 0\n#KONTO 1910 Kassa\n#KSUMMA 123\n");

        Assert.Equal(3, error.Line);
    }
}
