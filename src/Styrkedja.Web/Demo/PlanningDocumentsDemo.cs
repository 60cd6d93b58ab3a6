using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Demo;

/// <summary>Being written on a feature branch (issue 8); seeds nothing yet.</summary>
internal sealed class PlanningDocumentsDemo(DemoSeeder seed)
{
    public Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear) => Task.CompletedTask;
}
