using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>Which planning year a page shows when the URL does not say: this year if it exists, else the latest.</summary>
public static class PlanningYearChoice
{
    public static PlanningYear? Pick(IReadOnlyList<PlanningYear> years, int? requested, TimeProvider clock)
    {
        if (requested is not null)
            return years.FirstOrDefault(y => y.Year == requested);
        var thisYear = clock.GetLocalNow().Year;
        return years.FirstOrDefault(y => y.Year == thisYear) ?? years.LastOrDefault();
    }
}
