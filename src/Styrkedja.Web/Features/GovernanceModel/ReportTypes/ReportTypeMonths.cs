using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.GovernanceModel.ReportTypes;

public static class ReportTypeMonths
{
    /// <summary>The months a type follows up, in Swedish: "februari, maj, oktober".</summary>
    public static string Names(ReportType type) => string.Join(", ", type.MonthList.Select(ModelMonths.Name));
}
