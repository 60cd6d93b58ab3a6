using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.GovernanceModel.ProcessSteps;

/// <summary>The process template (the årshjul's steps) in month order, as the year runs.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class IndexModel(StyrkedjaDbContext db) : PageModel
{
    public List<ProcessStep> Steps { get; private set; } = [];

    public async Task OnGetAsync() =>
        Steps = ProcessStepForm.InMonthOrder(await db.ProcessSteps.AsNoTracking().Include(s => s.ReportType).ToListAsync()).ToList();

    public static string MonthNames(ProcessStep step) => string.Join(", ", step.MonthList.Select(ModelMonths.Name));

    /// <summary>The output and, for a report round or a meeting, which one.</summary>
    public static string Output(ProcessStep step) => step.Produces switch
    {
        ProcessOutput.ReportRound when step.ReportType is { } type => $"{Labels.For(step.Produces)}: {type.Name}",
        ProcessOutput.Meeting when step.MeetingType is { } meeting => $"{Labels.For(step.Produces)}: {Labels.For(meeting)}",
        _ => Labels.For(step.Produces),
    };
}
