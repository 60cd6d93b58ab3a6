namespace Styrkedja.Sie.Tests;

/// <summary>Every fault names its line and a Swedish reason, for the import to show as it is.</summary>
public class ErrorTests
{
    private const string Voucher = "#VER A 1 20240101\n{\n";

    [Theory]
    [InlineData("#FLAGGA 0\n#GEN 20241301\n", "Rad 2: #GEN: ogiltigt datum \"20241301\" i datum (ska vara ÅÅÅÅMMDD)")]
    [InlineData("#RAR 0 20240101 2024-12-31\n", "Rad 1: #RAR: ogiltigt datum \"2024-12-31\" i slutdatum (ska vara ÅÅÅÅMMDD)")]
    [InlineData("#PSALDO 0 202413 3010 {} 1\n", "Rad 1: #PSALDO: ogiltig period \"202413\" (ska vara ÅÅÅÅMM)")]
    [InlineData(Voucher + "#TRANS 1910 {} 12,50\n}\n", "Rad 3: #TRANS: ogiltigt värde \"12,50\" för belopp (ett belopp skrivs med punkt som decimaltecken, t.ex. -1234.50)")]
    [InlineData(Voucher + "#TRANS 1910 {} +5\n}\n", "Rad 3: #TRANS: ogiltigt värde \"+5\" för belopp (ett belopp skrivs med punkt som decimaltecken, t.ex. -1234.50)")]
    [InlineData("#IB 0 1930 12a\n", "Rad 1: #IB: ogiltigt värde \"12a\" för saldo (ett belopp skrivs med punkt som decimaltecken, t.ex. -1234.50)")]
    [InlineData("#FLAGGA 0\n#KONTO 1910 \"Kassa\n", "Rad 2: citattecknet i position 13 avslutas inte")]
    [InlineData(Voucher + "#TRANS 1910 {1 \"a\" 100\n}\n", "Rad 3: objektlistan som börjar i position 13 avslutas inte med }")]
    [InlineData(Voucher + "\t#TRANS 1910 {1 \"a\" 100\n}\n", "Rad 3: objektlistan som börjar i position 14 avslutas inte med }")]
    [InlineData(Voucher + "#TRANS 1910 {1} 100\n}\n", "Rad 3: objektlistan ska bestå av par av dimensionsnummer och objekt")]
    [InlineData(Voucher + "#TRANS 1910 {x \"a\"} 100\n}\n", "Rad 3: ogiltigt dimensionsnummer \"x\" i objektlistan")]
    [InlineData(Voucher + "#TRANS 1910 100\n}\n", "Rad 3: #TRANS: saknar objektlista inom { } (skriv {} när den är tom)")]
    [InlineData(Voucher + "#TRANS {} 100\n}\n", "Rad 3: #TRANS: saknar kontonummer")]
    [InlineData("#FLAGGA 0\n#TRANS 1910 {} 100\n", "Rad 2: #TRANS: får bara stå bland en verifikations rader (inom { } efter #VER)")]
    [InlineData("#VER A 1 20240101\n#KONTO 1910 Kassa\n", "Rad 1: verifikationen A 1 följs inte av sina rader inom { } (klamrarna på egna rader)")]
    [InlineData("#FLAGGA 0\n#VER A 1 20240101\n", "Rad 2: verifikationen A 1 följs inte av sina rader inom { }")]
    [InlineData(Voucher + "#TRANS 1910 {} 0\n", "Rad 1: verifikationen A 1 avslutas inte med }")]
    [InlineData(Voucher + "#TRANS 1910 {} 0\n#VER A 2 20240101\n{\n}\n", "Rad 1: verifikationen A 1 avslutas inte med } före #VER på rad 4")]
    [InlineData(Voucher + "#TRANS 1910 {} 0\n#KONTO 1910 Kassa\n}\n", "Rad 1: verifikationen A 1 avslutas inte med } före #KONTO på rad 4")]
    [InlineData("#VER A 1\n{\n}\n", "Rad 1: #VER: saknar verifikationsdatum")]
    [InlineData("#VER A 12 20240101\n{\n#TRANS 1910 {} 100\n#TRANS 3010 {} -0.5\n}\n", "Rad 1: verifikationen A 12 balanserar inte (summa 99,50)")]
    [InlineData("#VER \"\" \"\" 20240101\n{\n#TRANS 1910 {} 100\n}\n", "Rad 1: verifikationen balanserar inte (summa 100,00)")]
    [InlineData("#FLAGGA 0\n}\n", "Rad 2: } avslutar inget block")]
    [InlineData("#FLAGGA 0\n{\n", "Rad 2: { står inte direkt efter en #VER")]
    [InlineData("#FLAGGA 0\nhej\n", "Rad 2: raden är varken en post (som börjar med #) eller { eller } på egen rad")]
    [InlineData("\r\n\r\n#FLAGGA x\r\n", "Rad 3: #FLAGGA: ogiltigt värde \"x\" för flagga (ska vara ett heltal)")]
    [InlineData("#FLAGGA 0\n#X\n{\n", "Rad 3: ett block inom { } avslutas inte med }")]
    public async Task A_fault_names_its_line_and_reason(string file, string message)
    {
        var error = await Sie.FailsAsync(file);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task History_rows_do_not_count_in_the_balance()
    {
        var records = await Sie.ReadAllAsync(Voucher +
            "#TRANS 1910 {} -1000.00\n#TRANS 2640 {} 200.00\n#BTRANS 6110 {} 800.00\n#RTRANS 6250 {} 800.00\n#TRANS 6250 {} 800.00\n}\n");

        Assert.Equal(5, Assert.IsType<Styrkedja.Sie.SieVoucher>(Assert.Single(records)).Rows.Count);
    }

    [Fact]
    public async Task A_binary_file_without_line_breaks_is_refused_instead_of_filling_memory()
    {
        var error = await Sie.FailsAsync(new MemoryStream(new byte[3 << 20]));

        Assert.Equal("Rad 1: raden är längre än 1 MB; filen är inte en SIE-fil", error.Message);
    }
}
