using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.GovernanceModel.ProcessSteps;

/// <summary>What the create and edit pages load: the report types a report-round step may name.</summary>
public static class ProcessStepForm
{
    public static Task<List<ReportType>> ReportTypesAsync(StyrkedjaDbContext db) =>
        db.ReportTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync();

    /// <summary>Steps in month order (first month, then day), as the year runs; the template's order breaks ties.</summary>
    public static IEnumerable<ProcessStep> InMonthOrder(IEnumerable<ProcessStep> steps) =>
        steps.OrderBy(s => s.MonthList.FirstOrDefault()).ThenBy(s => s.Day).ThenBy(s => s.SortOrder).ThenBy(s => s.Name, StringComparer.Ordinal);
}
