using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>How the budget pages write amounts and shares (sv-SE).</summary>
public static class BudgetDisplay
{
    /// <summary>"1 250 000" tkr without the unit, for table cells whose header names it.</summary>
    public static string Tkr(decimal value) => value.ToString("#,0.##", ServiceRegistration.Swedish);

    /// <summary>A difference with its sign: "+1 500", "−2 000", "0".</summary>
    public static string Difference(decimal value) =>
        value > 0 ? "+" + Tkr(value) : Tkr(value);

    /// <summary>"2,1 %", or a dash when there is no revenue to compute a share of.</summary>
    public static string Percent(decimal? value) =>
        value is { } share ? share.ToString("0.0", ServiceRegistration.Swedish) + " %" : BudgetText.NoShare;

    /// <summary>A tax rate as kr per 100 kr: "11,61".</summary>
    public static string TaxRate(decimal rate) => rate.ToString("0.00", ServiceRegistration.Swedish);
}
