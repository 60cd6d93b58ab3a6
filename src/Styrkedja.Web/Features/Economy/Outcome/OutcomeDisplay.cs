using Styrkedja.Web.Infrastructure;

namespace Styrkedja.Web.Features.Economy.Outcome;

public static class OutcomeDisplay
{
    /// <summary>Whole tkr in Swedish format ("1 234"), empty when there is no figure.</summary>
    public static string Tkr(decimal? value) => value?.ToString("N0", ServiceRegistration.Swedish) ?? "";
}
