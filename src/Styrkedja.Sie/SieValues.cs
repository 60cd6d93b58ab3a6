using System.Globalization;

namespace Styrkedja.Sie;

/// <summary>
/// Typed access to the fields of one record, throwing <see cref="SieFormatException"/> with the line and
/// a Swedish reason for a value that is not what the spec says: dates ÅÅÅÅMMDD, periods ÅÅÅÅMM, amounts
/// with a point as decimal separator and no plus sign (section 5.9). A missing text field is empty, since
/// programs leave optional trailing fields out (and some leave out mandatory texts, e.g. #ORGNR).
/// </summary>
internal readonly struct SieValues(IReadOnlyList<SieField> fields, int line, string label)
{
    public int Line => line;

    public string Text(int index) => index < fields.Count ? fields[index].Text : "";

    public string RequiredText(int index, string name)
    {
        var text = Text(index);
        return text.Length > 0 ? text : throw Error($"saknar {name}");
    }

    public int Integer(int index, string name)
    {
        var text = RequiredText(index, name);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"ogiltigt värde \"{text}\" för {name} (ska vara ett heltal)");
    }

    public int? OptionalInteger(int index, string name) => Text(index).Length == 0 ? null : Integer(index, name);

    public DateOnly Date(int index, string name) =>
        OptionalDate(index, name) ?? throw Error($"saknar {name}");

    public DateOnly? OptionalDate(int index, string name)
    {
        var text = Text(index);
        if (text.Length == 0) return null;
        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"ogiltigt datum \"{text}\" i {name} (ska vara ÅÅÅÅMMDD)");
    }

    public SiePeriod Period(int index)
    {
        var text = RequiredText(index, "period");
        return DateOnly.TryParseExact(text + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? new SiePeriod(first.Year, first.Month)
            : throw Error($"ogiltig period \"{text}\" (ska vara ÅÅÅÅMM)");
    }

    public decimal Amount(int index, string name) => OptionalAmount(index, name) ?? throw Error($"saknar {name}");

    public decimal? OptionalAmount(int index, string name)
    {
        var text = Text(index);
        if (text.Length == 0) return null;
        return text[0] != '+' && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw Error($"ogiltigt värde \"{text}\" för {name} (ett belopp skrivs med punkt som decimaltecken, t.ex. -1234.50)");
    }

    public IReadOnlyList<SieObjectRef> Objects(int index) =>
        index < fields.Count && fields[index].Objects is { } objects
            ? objects
            : throw Error("saknar objektlista inom { } (skriv {} när den är tom)");

    public SieFormatException Error(string reason) => new(line, $"{label}: {reason}");

    /// <summary>A non-negative whole number without sign, as dimension numbers are written.</summary>
    public static bool TryParseNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
