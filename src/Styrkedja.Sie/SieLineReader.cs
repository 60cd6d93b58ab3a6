using System.Text;
using System.Text.Unicode;

namespace Styrkedja.Sie;

/// <summary>
/// Reads a stream line by line as bytes through one reused buffer, so memory stays flat however large
/// the file is. It also decides the file's encoding: CP437 as the standard says, unless the file starts
/// with a UTF-8 byte order mark or its first line with a non-ASCII byte is valid UTF-8 (some programs
/// write UTF-8 while claiming "#FORMAT PC8"). Lines before that line are ASCII, the same in both.
/// </summary>
internal sealed class SieLineReader(Stream stream)
{
    /// <summary>A longer line is not SIE; refusing it keeps a binary file from growing the buffer without bound.</summary>
    private const int MaxLineLength = 1 << 20;

    public static readonly Encoding Cp437 = CreateCp437();

    private byte[] buffer = new byte[64 * 1024];
    private int start, end, lineStart, lineLength;
    private bool endOfStream, started, encodingDecided;

    public int LineNumber { get; private set; }

    public Encoding Encoding { get; private set; } = Cp437;

    public ReadOnlySpan<byte> Line => buffer.AsSpan(lineStart, lineLength);

    public async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                TakeLine(newline, newline + 1);
                return true;
            }
            if (endOfStream)
            {
                if (start == end) return false;
                TakeLine(end - start, end - start);
                return true;
            }
            await FillAsync(cancellationToken);
        }
    }

    private void TakeLine(int length, int consumed)
    {
        LineNumber++;
        lineStart = start;
        lineLength = length > 0 && buffer[start + length - 1] == '\r' ? length - 1 : length;
        start += consumed;
        if (!encodingDecided && !Ascii.IsValid(Line))
        {
            encodingDecided = true;
            if (Utf8.IsValid(Line)) Encoding = Encoding.UTF8;
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxLineLength)
                throw new SieFormatException(LineNumber + 1, "raden är längre än 1 MB; filen är inte en SIE-fil");
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        if (read == 0) endOfStream = true;
        end += read;
        if (!started && (end >= 3 || endOfStream))
        {
            started = true;
            if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
            {
                start = 3;
                Encoding = Encoding.UTF8;
                encodingDecided = true;
            }
        }
    }

    private static Encoding CreateCp437()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437);
    }
}
