using DocumentFormat.OpenXml.Wordprocessing;

namespace Styrkedja.Documents;

/// <summary>
/// The numbering part behind Markdown lists: one bullet and one decimal definition, and one numbering
/// instance per list so that every numbered list starts again at its own first number.
/// </summary>
internal sealed class WordNumbering
{
    private const int BulletDefinition = 1;
    private const int DecimalDefinition = 2;
    private const int Levels = 3;
    private readonly List<(int Id, int Definition, int Start)> _instances = [];

    public bool IsUsed => _instances.Count > 0;

    /// <summary>A new list; its items refer to the returned id.</summary>
    public int NewList(bool ordered, int start)
    {
        var id = _instances.Count + 1;
        _instances.Add((id, ordered ? DecimalDefinition : BulletDefinition, Math.Max(start, 1)));
        return id;
    }

    /// <summary>Nesting beyond the defined levels stays at the deepest one.</summary>
    public static int Level(int depth) => Math.Clamp(depth, 0, Levels - 1);

    public Numbering Create()
    {
        var numbering = new Numbering(
            Definition(BulletDefinition, _ => NumberFormatValues.Bullet, level => level switch { 0 => "•", 1 => "–", _ => "▪" }),
            Definition(DecimalDefinition, level => level == 1 ? NumberFormatValues.LowerLetter : NumberFormatValues.Decimal,
                level => $"%{level + 1}."));
        foreach (var (id, definition, start) in _instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = id };
            // Each list restarts at its own start number (Markdown "3. …" starts at 3).
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
            numbering.Append(instance);
        }
        return numbering;
    }

    private static AbstractNum Definition(int id, Func<int, NumberFormatValues> format, Func<int, string> text)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < Levels; level++)
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format(level) },
                new LevelText { Val = text(level) },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = (360 * (level + 1) + 360).ToString(),
                    Hanging = "360",
                })) { LevelIndex = level });
        return definition;
    }

    public static NumberingProperties Properties(int list, int depth) =>
        new(new NumberingLevelReference { Val = Level(depth) }, new NumberingId { Val = list });
}
