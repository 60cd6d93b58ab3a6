using System.Globalization;
using System.Text;

namespace Styrkedja.Sie;

/// <summary>
/// The file's structure, one line at a time: #VER followed by its block of rows in { } on lines of their
/// own (section 5.4), the voucher's balance (the #TRANS rows sum to zero; #RTRANS/#BTRANS are history
/// and do not count, section 11), #KSUMMA's checksum over everything between the opening and the closing
/// #KSUMMA (section 10), and unknown records skipped, with a { } block that may follow them (section 7.1).
/// Only the open voucher's rows are held, so memory does not grow with the file.
/// </summary>
internal sealed class SieParser
{
    private readonly SieLineLexer lexer = new();
    private SieVoucher? voucher;
    private List<SieTransaction>? rows; // the open voucher's rows once its { is read
    private bool afterUnknownRecord;
    private int unknownBlockDepth;
    private SieChecksum? checksum;
    private int checksumLine;
    private bool checksumVerified;

    /// <summary>Reads one line; gives a record when one is complete (a voucher at its closing }).</summary>
    public SieRecord? Accept(ReadOnlySpan<byte> rawLine, int lineNumber, Encoding encoding)
    {
        var line = rawLine.Trim(" \t"u8);
        if (line.IsEmpty) return null; // blank lines are allowed anywhere (5.6)
        if (unknownBlockDepth > 0)
        {
            if (line.SequenceEqual("{"u8)) unknownBlockDepth++;
            else if (line.SequenceEqual("}"u8)) unknownBlockDepth--;
            return null;
        }
        if (line.SequenceEqual("{"u8)) return OpenBlock(lineNumber);
        if (line.SequenceEqual("}"u8)) return CloseBlock(lineNumber);
        if (line[0] != '#')
            throw new SieFormatException(lineNumber, "raden är varken en post (som börjar med #) eller { eller } på egen rad");
        if (voucher is not null && rows is null)
            throw new SieFormatException(voucher.Line, $"{Describe(voucher)} följs inte av sina rader inom {{ }} (klamrarna på egna rader)");

        lexer.Lex(rawLine, lineNumber, encoding); // untrimmed, so that positions in messages count from the start of the line
        var label = lexer.Label;
        if (label == "#KSUMMA")
        {
            Checksum(lineNumber);
            return null;
        }
        checksum?.Add(lexer.ChecksumBytes);
        afterUnknownRecord = false;
        var values = new SieValues(lexer.Fields, lineNumber, label);
        if (rows is not null)
        {
            AddRow(label, values);
            return null;
        }
        switch (label)
        {
            case "#VER":
                voucher = SieRecordFactory.Voucher(values);
                return null;
            case "#TRANS" or "#RTRANS" or "#BTRANS":
                throw values.Error("får bara stå bland en verifikations rader (inom { } efter #VER)");
        }
        var record = SieRecordFactory.Create(label, values);
        afterUnknownRecord = record is null;
        return record;
    }

    /// <summary>Called at the end of the file: anything still open means the file is cut short or malformed.</summary>
    public void Finish(int lastLine)
    {
        if (voucher is not null)
            throw new SieFormatException(voucher.Line, rows is null
                ? $"{Describe(voucher)} följs inte av sina rader inom {{ }}"
                : $"{Describe(voucher)} avslutas inte med }}");
        if (unknownBlockDepth > 0)
            throw new SieFormatException(lastLine, "ett block inom { } avslutas inte med }");
        if (checksum is not null)
            throw new SieFormatException(checksumLine, "#KSUMMA inleder en kontrollsumma men filen saknar avslutande #KSUMMA (filen kan vara avkortad)");
    }

    private SieRecord? OpenBlock(int lineNumber)
    {
        if (voucher is not null && rows is null)
        {
            rows = [];
            return null;
        }
        if (afterUnknownRecord)
        {
            unknownBlockDepth = 1;
            afterUnknownRecord = false;
            return null;
        }
        throw new SieFormatException(lineNumber, voucher is null ? "{ står inte direkt efter en #VER" : "{ står inuti verifikationens rader");
    }

    private SieVoucher CloseBlock(int lineNumber)
    {
        if (voucher is null || rows is null) throw new SieFormatException(lineNumber, "} avslutar inget block");
        var sum = rows.Where(row => row.Kind == SieTransactionKind.Normal).Sum(row => row.Amount);
        if (sum != 0)
            throw new SieFormatException(voucher.Line,
                $"{Describe(voucher)} balanserar inte (summa {sum.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')})");
        var complete = voucher with { Rows = rows };
        voucher = null;
        rows = null;
        return complete;
    }

    private void AddRow(string label, SieValues values)
    {
        SieTransactionKind? kind = label switch
        {
            "#TRANS" => SieTransactionKind.Normal,
            "#RTRANS" => SieTransactionKind.Added,
            "#BTRANS" => SieTransactionKind.Removed,
            _ => null,
        };
        if (kind is { } rowKind) rows!.Add(SieRecordFactory.Transaction(rowKind, values));
        else if (label == "#VER" || SieRecordFactory.IsModelled(label))
            throw new SieFormatException(voucher!.Line, $"{Describe(voucher)} avslutas inte med }} före {label} på rad {values.Line}");
        // Any other label inside the block is unknown and skipped like unknown records elsewhere.
    }

    private void Checksum(int lineNumber)
    {
        var values = new SieValues(lexer.Fields, lineNumber, "#KSUMMA");
        var stated = values.Text(0);
        if (stated.Length == 0)
        {
            if (checksum is not null || checksumVerified) throw values.Error("kontrollsumman har redan inletts");
            checksum = new SieChecksum();
            checksumLine = lineNumber;
            return;
        }
        if (checksum is null) throw values.Error("avslutande #KSUMMA utan inledande #KSUMMA");
        if (!uint.TryParse(stated, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            throw values.Error($"ogiltig kontrollsumma \"{stated}\"");
        if (expected != checksum.Value)
            throw values.Error($"kontrollsumman stämmer inte (filen anger {expected}, innehållet ger {checksum.Value}); filen har ändrats eller skadats");
        checksum = null;
        checksumVerified = true;
    }

    private static string Describe(SieVoucher voucher) =>
        voucher.Name.Length > 0 ? $"verifikationen {voucher.Name}" : "verifikationen";
}
