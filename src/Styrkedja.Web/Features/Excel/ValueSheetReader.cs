using ClosedXML.Excel;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Excel;

/// <summary>A value read from a row of the sheet, before the <see cref="ValueWriter"/> checks it.</summary>
public sealed record SheetValue(int Row, ValueWrite Write);

/// <summary>What the reader found: the unit and year of the header block, the values, and every error.</summary>
public sealed record SheetReading(int UnitId, int Year, List<SheetValue> Values, List<string> Errors);

/// <summary>
/// Reads a filled-in template. Every row is read before anything is judged, so the user gets all
/// errors of the file at once, each with sheet, row and column. Only the form of the cells is checked
/// here (an id, a known period and gender, a number); the <see cref="ValueWriter"/> checks the rest.
/// </summary>
public static class ValueSheetReader
{
    /// <summary>The indicator rules the reader needs per id: the indicators of the organisation.</summary>
    public static SheetReading Read(XLWorkbook workbook, IReadOnlyDictionary<int, Indicator> indicators)
    {
        var errors = new List<string>();
        var values = new List<SheetValue>();
        if (!workbook.TryGetWorksheet(ValueSheet.SheetName, out var sheet))
            return new SheetReading(0, 0, values, [string.Format(ExchangeText.ExcelNoSheet, ValueSheet.SheetName)]);

        for (var column = 1; column <= ValueSheet.Titles.Length; column++)
        {
            var title = sheet.Cell(ValueSheet.HeaderRow, column).GetString().Trim();
            if (title != ValueSheet.Titles[column - 1])
                errors.Add(At(ValueSheet.HeaderRow, column, string.Format(ExchangeText.ExcelHeaderChanged, ValueSheet.Titles[column - 1], title)));
        }
        var unitId = HeaderNumber(sheet, ValueSheet.UnitIdRow, errors);
        var year = HeaderNumber(sheet, ValueSheet.YearRow, errors);
        if (errors.Count > 0)
            return new SheetReading(unitId, year, values, errors);

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var row = ValueSheet.FirstDataRow; row <= lastRow; row++)
            if (!sheet.Row(row).IsEmpty() && ReadRow(sheet, row, unitId, year, indicators, errors) is { } value)
                values.Add(value);
        return new SheetReading(unitId, year, values, errors);
    }

    /// <summary>"Blad Värden, rad 7, kolumn E (Värde): …"</summary>
    public static string At(int row, int column, string message) =>
        string.Format(ExchangeText.ExcelCellError, ValueSheet.SheetName, row, ValueSheet.Letter(column), ValueSheet.Titles[column - 1], message);

    /// <summary>"Blad Värden, rad 7: …" for what the writer refuses about a row as a whole.</summary>
    public static string AtRow(int row, string message) =>
        string.Format(ExchangeText.ExcelRowError, ValueSheet.SheetName, row, message);

    private static int HeaderNumber(IXLWorksheet sheet, int row, List<string> errors)
    {
        var cell = sheet.Cell(row, ValueSheet.HeaderValueColumn);
        if (cell.TryGetValue<int>(out var number))
            return number;
        errors.Add(string.Format(ExchangeText.ExcelHeaderBlockChanged, ValueSheet.SheetName, cell.Address.ToString(),
            sheet.Cell(row, ValueSheet.HeaderValueColumn - 1).GetString()));
        return 0;
    }

    private static SheetValue? ReadRow(IXLWorksheet sheet, int row, int unitId, int year,
        IReadOnlyDictionary<int, Indicator> indicators, List<string> errors)
    {
        var before = errors.Count;
        var idText = sheet.Cell(row, ValueSheet.IdColumn).GetString().Trim();
        Indicator? indicator = null;
        if (!int.TryParse(idText, out var id) || !indicators.TryGetValue(id, out indicator))
            errors.Add(At(row, ValueSheet.IdColumn, string.Format(ExchangeText.ExcelIndicatorUnknown, idText)));

        var periodText = sheet.Cell(row, ValueSheet.PeriodColumn).GetString().Trim();
        int? period = indicator is null ? null
            : ReportingPeriods.All(indicator.Periodicity).Cast<int?>().FirstOrDefault(p =>
                string.Equals(ReportingPeriods.Name(indicator.Periodicity, p!.Value), periodText, StringComparison.CurrentCultureIgnoreCase));
        if (indicator is not null && period is null)
            errors.Add(At(row, ValueSheet.PeriodColumn, string.Format(ExchangeText.ExcelPeriodUnknown, periodText)));

        var genderText = sheet.Cell(row, ValueSheet.GenderColumn).GetString().Trim();
        var gender = ValueSheet.ParseGender(genderText);
        if (gender is null)
            errors.Add(At(row, ValueSheet.GenderColumn, string.Format(ExchangeText.ExcelGenderUnknown, genderText)));

        var value = ReadNumber(sheet.Cell(row, ValueSheet.ValueColumn), out var notANumber);
        if (notANumber is not null)
            errors.Add(At(row, ValueSheet.ValueColumn, notANumber));

        if (errors.Count > before)
            return null;
        var comment = sheet.Cell(row, ValueSheet.CommentColumn).GetString();
        return new SheetValue(row, new ValueWrite(id, unitId, year, period!.Value, gender!.Value, value, comment));
    }

    /// <summary>A number cell as it is; a text cell as a person typed it (<see cref="ValueRules.TryParse"/>); empty is no value.</summary>
    private static decimal? ReadNumber(IXLCell cell, out string? error)
    {
        error = null;
        if (cell.IsEmpty())
            return null;
        if (cell.DataType == XLDataType.Number)
            return (decimal)cell.GetDouble();
        ValueRules.TryParse(cell.GetString(), out var value, out error);
        return value;
    }
}
