using System.Text;
using Styrkedja.Sie;

namespace Styrkedja.Sie.Tests;

/// <summary>Helpers: files written as a ledger would (CP437 unless said otherwise), read through the real reader.</summary>
internal static class Sie
{
    public static readonly Encoding Cp437 = CreateCp437();

    public static Stream Sample(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static Stream Text(string text, Encoding? encoding = null) => new MemoryStream((encoding ?? Cp437).GetBytes(text));

    public static async Task<List<SieRecord>> ReadAllAsync(Stream stream)
    {
        var records = new List<SieRecord>();
        await foreach (var record in SieReader.ReadAsync(stream)) records.Add(record);
        return records;
    }

    public static Task<List<SieRecord>> ReadAllAsync(string text) => ReadAllAsync(Text(text));

    public static Task<SieFormatException> FailsAsync(string text) => FailsAsync(Text(text));

    public static Task<SieFormatException> FailsAsync(Stream stream) =>
        Assert.ThrowsAsync<SieFormatException>(() => ReadAllAsync(stream));

    private static Encoding CreateCp437()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437);
    }
}
