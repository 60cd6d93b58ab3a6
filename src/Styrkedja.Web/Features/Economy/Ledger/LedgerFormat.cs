using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>How the ledger pages write periods and amounts.</summary>
public static class LedgerFormat
{
    /// <summary>
    /// "2026-01 – 2026-10". An import covers at most one financial year, so a last month before the first
    /// is in the next calendar year (a broken financial year, July–June).
    /// </summary>
    public static string Period(LedgerImport import)
    {
        var lastYear = import.LastMonth < import.FirstMonth ? import.Year + 1 : import.Year;
        return $"{import.Year:D4}-{import.FirstMonth:D2} – {lastYear:D4}-{import.LastMonth:D2}";
    }

    /// <summary>Kronor in sv-SE with thousands separators, no decimals.</summary>
    public static string Kronor(decimal amount) => amount.ToString("N0", Infrastructure.ServiceRegistration.Swedish);
}
