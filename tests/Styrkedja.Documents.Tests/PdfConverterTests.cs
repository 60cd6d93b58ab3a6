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

    private const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 640 480">
          <circle cx="320" cy="240" r="200" fill="#0b4f7c" /><text x="320" y="250" text-anchor="middle" fill="#fff">Årshjul 2027</text>
        </svg>
        """;

    [Fact]
    public async Task An_svg_becomes_a_png_of_its_size_that_a_word_document_takes()
    {
        var png = await new PdfConverter(Soffice).PngFromSvgAsync(Svg);

        Assert.Equal("PNG", Encoding.ASCII.GetString(png, 1, 3));
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        Assert.InRange(width, 639, 642);
        using var word = new WordDocumentBuilder();
        Assert.NotEmpty(word.Image(png, 15, "Årshjulet").ToArray());
    }

    [Fact]
    public async Task A_missing_libreoffice_gives_a_specific_exception_for_a_picture_too()
    {
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => new PdfConverter("/nonexistent/soffice").PngFromSvgAsync(Svg));
        Assert.Contains("/nonexistent/soffice", error.Message);
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
