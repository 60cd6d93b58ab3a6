using System.Runtime.Versioning;
using System.Text;

namespace Styrkedja.Documents.Tests;

public class PdfConverterTests
{
    /// <summary>Where scripts/test-all.sh installs LibreOffice (Debian's libreoffice-writer).</summary>
    private const string Soffice = "/usr/bin/soffice";

    private static bool IsPdf(byte[] file) => file.Length > 1000 && Encoding.ASCII.GetString(file, 0, 4) == "%PDF";

    [Fact]
    public async Task Two_conversions_at_the_same_time_both_give_a_pdf()
    {
        var converter = new PdfConverter(Soffice);
        var docx = WordDocumentBuilderTests.EveryElement();
        var files = await Task.WhenAll(converter.ConvertAsync(docx), converter.ConvertAsync(docx));
        Assert.All(files, file => Assert.True(IsPdf(file), $"Not a PDF: {file.Length} bytes"));
    }

    [Fact]
    public async Task A_missing_libreoffice_gives_a_specific_exception()
    {
        var converter = new PdfConverter("/nonexistent/soffice");
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertAsync(WordDocumentBuilderTests.EveryElement()));
        Assert.Contains("/nonexistent/soffice", error.Message);
    }

    [Fact]
    public async Task A_failing_converter_gives_a_specific_exception()
    {
        var converter = new PdfConverter("/bin/false");
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertAsync([1, 2, 3]));
        Assert.Contains("kod 1", error.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_converter_that_hangs_is_stopped_at_the_timeout()
    {
        var script = Path.Combine(Path.GetTempPath(), $"styrkedja-hang-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nsleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var converter = new PdfConverter(script, TimeSpan.FromSeconds(1));
            var started = DateTime.UtcNow;
            var error = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertAsync([1, 2, 3]));
            Assert.Contains("1 sekunder", error.Message);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
        }
        finally
        {
            File.Delete(script);
        }
    }
}
