using System.Text;

namespace Styrkedja.Sie;

/// <summary>A field of a record: a text (quotes removed, <c>\"</c> unescaped) or an object list <c>{dim obj …}</c>.</summary>
internal readonly record struct SieField(string Text, IReadOnlyList<SieObjectRef>? Objects);

/// <summary>
/// Splits one record line into its label and fields (section 5.7 of the spec): fields are separated by
/// spaces or tabs, may be quoted, a quote inside is written <c>\"</c>, and <c>{ }</c> encloses an object
/// list of (dimension, object) pairs. Works on the line's bytes, since every delimiter is ASCII in both
/// CP437 and UTF-8. The unescaped bytes of the label and every field, without blanks, quotes and braces,
/// are exactly what #KSUMMA's checksum covers (section 10.14), so they are kept in <see cref="ChecksumBytes"/>.
/// </summary>
internal sealed class SieLineLexer
{
    private readonly List<SieField> fields = [];
    private readonly List<string> listItems = [];
    private byte[] content = new byte[256];
    private int contentLength;

    public string Label { get; private set; } = "";

    /// <summary>The fields after the label; reused for the next line.</summary>
    public IReadOnlyList<SieField> Fields => fields;

    public ReadOnlySpan<byte> ChecksumBytes => content.AsSpan(0, contentLength);

    public void Lex(ReadOnlySpan<byte> line, int lineNumber, Encoding encoding)
    {
        fields.Clear();
        contentLength = 0;
        Label = "";
        var position = 0;
        var listStart = -1; // where the open object list began, or -1 outside one
        listItems.Clear();
        while (true)
        {
            while (position < line.Length && line[position] is (byte)' ' or (byte)'\t') position++;
            if (position == line.Length) break;
            switch (line[position])
            {
                case (byte)'{' when listStart >= 0:
                    throw new SieFormatException(lineNumber, $"en objektlista i position {position + 1} står inuti en annan");
                case (byte)'{':
                    listStart = position++;
                    continue;
                case (byte)'}' when listStart < 0:
                    throw new SieFormatException(lineNumber, $"}} i position {position + 1} avslutar ingen objektlista");
                case (byte)'}':
                    fields.Add(new SieField("", ToPairs(lineNumber)));
                    listStart = -1;
                    position++;
                    continue;
            }
            var text = encoding.GetString(ReadField(line, ref position, lineNumber));
            if (listStart >= 0) listItems.Add(text);
            else if (Label.Length == 0 && fields.Count == 0) Label = text;
            else fields.Add(new SieField(text, null));
        }
        if (listStart >= 0)
            throw new SieFormatException(lineNumber, $"objektlistan som börjar i position {listStart + 1} avslutas inte med }}");
    }

    private List<SieObjectRef> ToPairs(int lineNumber)
    {
        if (listItems.Count % 2 != 0)
            throw new SieFormatException(lineNumber, "objektlistan ska bestå av par av dimensionsnummer och objekt");
        var pairs = new List<SieObjectRef>(listItems.Count / 2);
        for (var i = 0; i < listItems.Count; i += 2)
        {
            if (!SieValues.TryParseNumber(listItems[i], out var dimension))
                throw new SieFormatException(lineNumber, $"ogiltigt dimensionsnummer \"{listItems[i]}\" i objektlistan");
            pairs.Add(new SieObjectRef(dimension, listItems[i + 1]));
        }
        listItems.Clear();
        return pairs;
    }

    /// <summary>Reads one quoted or bare field at <paramref name="position"/>, appending its bytes to the content buffer.</summary>
    private ReadOnlySpan<byte> ReadField(ReadOnlySpan<byte> line, ref int position, int lineNumber)
    {
        var fieldStart = contentLength;
        if (line[position] == '"')
        {
            var quoteAt = position++;
            while (true)
            {
                if (position == line.Length)
                    throw new SieFormatException(lineNumber, $"citattecknet i position {quoteAt + 1} avslutas inte");
                var current = line[position++];
                if (current == '"') break;
                if (current == '\\' && position < line.Length && line[position] == '"') current = line[position++];
                Append(current);
            }
        }
        else
        {
            // A bare field ends at a blank, or at a brace so that "{}" and "{1 2}" need no blanks inside.
            while (position < line.Length && line[position] is not ((byte)' ' or (byte)'\t' or (byte)'{' or (byte)'}'))
                Append(line[position++]);
        }
        return content.AsSpan(fieldStart, contentLength - fieldStart);
    }

    private void Append(byte value)
    {
        if (contentLength == content.Length) Array.Resize(ref content, content.Length * 2);
        content[contentLength++] = value;
    }
}
