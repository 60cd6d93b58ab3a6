using System.ComponentModel;
using System.Diagnostics;

namespace Styrkedja.Documents;

/// <summary>
/// Converts a Word document to PDF with LibreOffice in headless mode, so that the PDF has exactly the
/// Word file's layout. Each call runs its own soffice with a private profile in its own temporary
/// folder: LibreOffice refuses to start twice on one profile, and parallel requests must not collide.
/// </summary>
public sealed class PdfConverter(string sofficePath = PdfConverter.DefaultPath, TimeSpan? timeout = null)
{
    public const string DefaultPath = "soffice";

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);

    /// <exception cref="PdfConversionException">LibreOffice is missing, failed, or took longer than the timeout.</exception>
    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("styrkedja-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var output = Path.Combine(folder, "out");
            await RunAsync(folder, input, output, cancellationToken);
            var pdf = Path.Combine(output, "document.pdf");
            if (!File.Exists(pdf))
                throw new PdfConversionException("LibreOffice skapade ingen PDF av dokumentet.");
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private async Task RunAsync(string folder, string input, string output, CancellationToken cancellationToken)
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
                     "--convert-to", "pdf", "--outdir", output, input,
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
