using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Budget;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Economy.Budget;

/// <summary>Arranges budget proposals directly in the database, so that the tests depend on no demo numbers.</summary>
internal static class BudgetTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";

    public static int ThisYear => DateTime.Now.Year;

    /// <summary>The planning year after this one: the demo seeds draft proposals for it but adopts none.</summary>
    public static int NextYear => DateTime.Now.Year + 1;

    public static string Details(int id) => $"/Economy/Budget/Proposal?id={id}";
    public static string FramesForm(int id) => $"/Economy/Budget/Frames?id={id}";
    public static string AdoptForm(int id) => $"/Economy/Budget/Adopt?id={id}";

    /// <summary>
    /// A draft proposal of the year with every committee's frames from <paramref name="frame"/> (committee index
    /// in tree order, year index) and every year's revenue and financial net as given.
    /// </summary>
    public static Task<BudgetProposal> ArrangeProposalAsync(this StyrkedjaFactory app, string organisation, int year, string name,
        Func<int, int, (decimal Operating, decimal Investment)> frame, decimal revenue = 1_000_000m, decimal financialNet = 0m) =>
        app.WithDbAsync(organisation, async db =>
        {
            var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
            var committees = await CommitteesAsync(db);
            var proposal = BudgetProposals.NewDraft(planningYear, name, "Testpartiet", "", committees, template: null);
            foreach (var y in proposal.Years)
                (y.TaxRate, y.TaxRevenue, y.FinancialNet) = (11.5m, revenue, financialNet);
            foreach (var f in proposal.Frames)
                (f.OperatingFrame, f.InvestmentFrame) = frame(committees.FindIndex(c => c.Id == f.OrgUnitId), f.Year - year);
            db.BudgetProposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal;
        });

    public static async Task<List<OrgUnit>> CommitteesAsync(Data.StyrkedjaDbContext db) =>
        await Styrkedja.Web.Features.PlanningDocuments.PlanningDocumentRules.CommitteesAsync(db);

    /// <summary>The proposal as stored now, with its years and frames.</summary>
    public static Task<BudgetProposal> ProposalAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.BudgetProposals.AsNoTracking().Include(p => p.Years).Include(p => p.Frames)
            .SingleAsync(p => p.Id == id));

    public static Task<int> ProposalIdAsync(this StyrkedjaFactory app, string organisation, int year, string name) =>
        app.WithDbAsync(organisation, db => db.BudgetProposals.Where(p => p.PlanningYear!.Year == year && p.Name == name)
            .Select(p => p.Id).SingleAsync());

    /// <summary>A number as the pages write it (sv-SE: "1 234 567", "−2 000", "+1 500").</summary>
    public static decimal Number(string text)
    {
        Assert.True(ValueRules.TryParse(text.Trim().TrimStart('+'), out var value, out var error), error);
        return value!.Value;
    }

    /// <summary>The refusal or message the proposal page shows after a redirect to it.</summary>
    public static async Task<string> ProposalAlertsAsync(this AppClient client, int id)
    {
        var page = await client.GetDocumentAsync(Details(id));
        return string.Join(" ", page.QuerySelectorAll(".alert-error, .alert-ok").Select(e => e.TextContent.Trim()));
    }
}
