using System.Globalization;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// The rules every value must pass, whichever way it arrives (grid, Excel, push API): a number in
/// Swedish notation, within the indicator's bounds and decimals, for a period and gender row the
/// indicator has. Each rule answers with a Swedish message, so that every channel says the same.
/// </summary>
public static class ValueRules
{
    private static readonly NumberFormatInfo SwedishNumbers = ServiceRegistration.Swedish.NumberFormat;

    /// <summary>
    /// Reads a value typed by a person: "12,5", "1 234,5", "−3" (Unicode minus), also "12.5". Empty
    /// means no value. Returns false with a message for anything else.
    /// </summary>
    public static bool TryParse(string? text, out decimal? value, out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var cleaned = text.Trim()
            .Replace("\u2212", "-")        // the Unicode minus sv-SE formats with
            .Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "")
            .Replace('.', ',');
        if (cleaned.Count(c => c == ',') > 1 ||
            !decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, SwedishNumbers, out var parsed))
        {
            error = string.Format(IndicatorText.ErrorNotANumber, text.Trim());
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>Null when the value may be stored for this indicator, period and gender row; else why not.</summary>
    public static string? Check(Indicator indicator, int period, Gender gender, decimal? value)
    {
        if (!ReportingPeriods.IsValid(indicator.Periodicity, period))
            return string.Format(IndicatorText.ErrorPeriod, indicator.Name, ReportingPeriods.Label(indicator.Periodicity).ToLowerInvariant());
        if (gender != Gender.Total && !indicator.ByGender)
            return string.Format(IndicatorText.ErrorGender, indicator.Name);
        if (value is not { } number)
            return null;
        if (indicator.MinValue is { } min && number < min)
            return string.Format(IndicatorText.ErrorBelowMin, Format(indicator, number), Format(indicator, min));
        if (EffectiveMax(indicator) is { } max && number > max)
            return string.Format(IndicatorText.ErrorAboveMax, Format(indicator, number), Format(indicator, max));
        if (decimal.Round(number, indicator.Decimals) != number)
            return string.Format(IndicatorText.ErrorDecimals, indicator.Decimals);
        return null;
    }

    /// <summary>The gender rows an indicator is reported in: total, and women and men when broken down by gender.</summary>
    public static Gender[] GenderRows(Indicator indicator) =>
        indicator.ByGender ? [Gender.Total, Gender.Women, Gender.Men] : [Gender.Total];

    /// <summary>A percentage cannot pass 100 unless the indicator sets its own upper bound.</summary>
    public static decimal? EffectiveMax(Indicator indicator) =>
        indicator.MaxValue ?? (indicator.MeasureUnit.Trim() == "%" ? 100m : null);

    /// <summary>"12,5 %" with the indicator's decimals and unit, sv-SE.</summary>
    public static string Format(Indicator indicator, decimal value)
    {
        var number = value.ToString("N" + indicator.Decimals, SwedishNumbers);
        return string.IsNullOrEmpty(indicator.MeasureUnit) ? number : $"{number} {indicator.MeasureUnit}";
    }

    /// <summary>The number alone as typed back into a form field ("1234,5": no group separator to trip over).</summary>
    public static string FormatForInput(decimal value) => value.ToString("0.############", SwedishNumbers);
}
