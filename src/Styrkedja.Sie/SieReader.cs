using System.Runtime.CompilerServices;

namespace Styrkedja.Sie;

/// <summary>
/// Reads a SIE file (types 1–4, spec "SIE filformat utgåva 4B") as a stream of typed records. The stream is
/// read line by line and records are yielded as they are read — a voucher with its rows at its closing }
/// — so a file of any size is read with flat memory and needs no seeking. The first fault stops the
/// reading with a <see cref="SieFormatException"/> naming the line; records already yielded are not
/// taken back, so an import that must be all-or-nothing writes inside a transaction.
/// </summary>
public static class SieReader
{
    public static async IAsyncEnumerable<SieRecord> ReadAsync(
        Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new SieLineReader(stream);
        var parser = new SieParser();
        while (await lines.ReadLineAsync(cancellationToken))
        {
            if (parser.Accept(lines.Line, lines.LineNumber, lines.Encoding) is { } record) yield return record;
        }
        parser.Finish(lines.LineNumber);
    }
}
