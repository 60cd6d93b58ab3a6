using Styrkedja.Web.Infrastructure.Text;
using ClosedXML.Excel;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Excel;

/// <summary>
/// The layout of the input template, shared by the writer and the reader so that they cannot drift: a
/// header block (organisation, unit, unit id, year, month) in columns B–C, the column titles on row 6,
/// one value per row from row 7. Column A holds the indicator id, hidden: it is what the import trusts,
/// the name beside it is for the person.
/// </summary>
public static class ValueSheet
{
    public const string SheetName = "Värden";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int UnitIdRow = 3;
    public const int YearRow = 4;
    public const int HeaderRow = 6;
    public const int FirstDataRow = 7;
    public const int HeaderValueColumn = 3;

    public const int IdColumn = 1;
    public const int IndicatorColumn = 2;
    public const int PeriodColumn = 3;
    public const int GenderColumn = 4;
    public const int ValueColumn = 5;
    public const int MeasureUnitColumn = 6;
    public const int CommentColumn = 7;
    public const int TargetColumn = 8;

    /// <summary>The column titles of row 6, in order from column A.</summary>
    public static readonly string[] Titles =
    [
        ExchangeText.ColumnId, ExchangeText.ColumnIndicator, ExchangeText.ColumnPeriod, ExchangeText.ColumnGender,
        ExchangeText.ColumnValue, ExchangeText.ColumnMeasureUnit, ExchangeText.ColumnComment, ExchangeText.ColumnTarget,
    ];

    public static string Letter(int column) => XLHelper.GetColumnLetterFromNumber(column);

    /// <summary>The gender row of a name as written in the sheet (case-insensitive), or null.</summary>
    public static Gender? ParseGender(string name) =>
        Enum.GetValues<Gender>().Cast<Gender?>().FirstOrDefault(g => string.Equals(Labels.For(g!.Value), name.Trim(),
            StringComparison.CurrentCultureIgnoreCase));

    /// <summary>An Excel number format with the indicator's decimals; Excel shows it with the reader's own separators (sv-SE: "1 234,5").</summary>
    public static string NumberFormat(int decimals) => decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0";

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
