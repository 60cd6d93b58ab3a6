using System.ComponentModel;
using System.Diagnostics;

namespace Styrkedja.Documents;

/// <summary>
/// Converts a Word document to PDF with LibreOffice in headless mode, so that the PDF has exactly the
/// Word file's layout, and an SVG picture to PNG for Word. Each call runs its own soffice with a private
/// profile in its own temporary folder: LibreOffice refuses to start twice on one profile, and parallel
/// requests must not collide.
/// </summary>
public sealed class PdfConverter(string sofficePath = PdfConverter.DefaultPath, TimeSpan? timeout = null)
{
    public const string DefaultPath = "soffice";

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);

    /// <exception cref="PdfConversionException">LibreOffice is missing, failed, or took longer than the timeout.</exception>
    public Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default) =>
        ConvertAsync(docx, "docx", "pdf", "PDF", cancellationToken);

    /// <summary>
    /// An SVG picture as PNG (LibreOffice Draw's import and export; Debian's libreoffice-draw), sized as the
    /// SVG's width and height say, so that a Word document can carry a drawing the browser shows as SVG.
    /// </summary>
    /// <exception cref="PdfConversionException">LibreOffice (or its Draw part) is missing, failed, or took longer than the timeout.</exception>
    public Task<byte[]> PngFromSvgAsync(string svg, CancellationToken cancellationToken = default) =>
        ConvertAsync(System.Text.Encoding.UTF8.GetBytes(svg), "svg", "png", "PNG", cancellationToken);

    private async Task<byte[]> ConvertAsync(byte[] content, string inputExtension, string outputExtension, string outputName,
        CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("styrkedja-convert-").FullName;
        try
        {
            var input = Path.Combine(folder, "document." + inputExtension);
            await File.WriteAllBytesAsync(input, content, cancellationToken);
            var output = Path.Combine(folder, "out");
            await RunAsync(folder, input, outputExtension, output, cancellationToken);
            var result = Path.Combine(output, "document." + outputExtension);
            if (!File.Exists(result))
                throw new PdfConversionException($"LibreOffice skapade ingen {outputName} av dokumentet.");
            return await File.ReadAllBytesAsync(result, cancellationToken);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private async Task RunAsync(string folder, string input, string outputExtension, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(sofficePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
                     "--headless", "--norestore", "--nolockcheck",
                     "--convert-to", outputExtension, "--outdir", output, input,
                 })
            start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new PdfConversionException($"LibreOffice kunde inte startas ({sofficePath}): {e.Message}", e);
        }
        // Both streams are read while waiting: a full pipe would otherwise block soffice.
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
                throw;
            throw new PdfConversionException($"LibreOffice blev inte klart inom {_timeout.TotalSeconds:0} sekunder.", e);
        }
        if (process.ExitCode != 0)
            throw new PdfConversionException(
                $"LibreOffice misslyckades (kod {process.ExitCode}): {(await standardError).Trim()} {(await standardOutput).Trim()}".Trim());
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the conversion's result matters more.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>PDF conversion failed: LibreOffice is not installed at the configured path, failed or timed out.</summary>
public sealed class PdfConversionException(string message, Exception? inner = null) : Exception(message, inner);
