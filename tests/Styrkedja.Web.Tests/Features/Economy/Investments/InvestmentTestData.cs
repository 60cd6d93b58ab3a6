using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Economy.Investments;

/// <summary>The ids of an arranged plan: two needs of HSN and one of RUN.</summary>
internal sealed record ArrangedPlan(int Id, int Year, int HsnNeedId, int HsnSecondNeedId, int RunNeedId);

/// <summary>Arranges investment plans and adopted budgets directly in the database, so the tests depend on no demo plan.</summary>
internal static class InvestmentTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    public static int ThisYear => DateTime.Now.Year;

    public static string PlanUrl(int id) => $"/Economy/Investments/Plan/{id}";
    public static string NeedUrl(int planId, int? needId = null) => $"/Economy/Investments/Need/{planId}" + (needId is null ? "" : $"/{needId}");

    /// <summary>
    /// This year's plan, replacing any earlier one: HSN's "Akutmottagning" (fastighet, 100 and 200 in the first
    /// two years) and "Datortomograf" (medicinteknik, 50 in the first year and 70 in the tenth), RUN's
    /// "Analysplattform" (IT, 30 in the first year, 10 in the fifth).
    /// </summary>
    public static Task<ArrangedPlan> ArrangePlanAsync(this StyrkedjaFactory app, PlanState state = PlanState.Draft) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
            await db.InvestmentPlans.Where(p => p.PlanningYearId == year.Id).ExecuteDeleteAsync();
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var run = await db.OrgUnits.SingleAsync(u => u.Name == Run);
            InvestmentNeed Need(OrgUnit unit, InvestmentCategory category, string title, int priority, params (int Offset, decimal Amount)[] amounts) => new()
            {
                OrganisationId = year.OrganisationId, OrgUnitId = unit.Id, Category = category, Title = title, CommitteePriority = priority,
                Amounts = amounts.Select(a => new InvestmentAmount { OrganisationId = year.OrganisationId, Year = year.Year + a.Offset, Amount = a.Amount }).ToList(),
            };
            var plan = new InvestmentPlan
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Title = $"Testplan {Guid.NewGuid():N}", State = state,
                Needs =
                [
                    Need(hsn, InvestmentCategory.Property, "Akutmottagning", 1, (0, 100), (1, 200)),
                    Need(hsn, InvestmentCategory.MedicalTechnology, "Datortomograf", 2, (0, 50), (9, 70)),
                    Need(run, InvestmentCategory.InformationTechnology, "Analysplattform", 1, (0, 30), (4, 10)),
                ],
            };
            if (state == PlanState.Decided)
                (plan.DecidedBy, plan.DecidedOn, plan.DecisionParagraph, plan.RegistryNumber) = ("Regionstyrelsen", new DateOnly(ThisYear - 1, 6, 1), "§ 9", "RS 9/9");
            db.InvestmentPlans.Add(plan);
            await db.SaveChangesAsync();
            return new ArrangedPlan(plan.Id, year.Year, plan.Needs[0].Id, plan.Needs[1].Id, plan.Needs[2].Id);
        });

    /// <summary>An adopted budget of this year with HSN's investment frames for the first two years (and a draft beside it that must not count).</summary>
    public static Task ArrangeAdoptedFramesAsync(this StyrkedjaFactory app, decimal firstYear, decimal secondYear) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
            await db.BudgetProposals.Where(p => p.PlanningYearId == year.Id).ExecuteDeleteAsync();
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            BudgetProposal Proposal(string name, PlanState state, decimal frame) => new()
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Name = name, State = state,
                Frames =
                [
                    new BudgetFrame { OrganisationId = year.OrganisationId, OrgUnitId = hsn.Id, Year = year.Year, InvestmentFrame = frame },
                    new BudgetFrame { OrganisationId = year.OrganisationId, OrgUnitId = hsn.Id, Year = year.Year + 1, InvestmentFrame = secondYear },
                ],
            };
            db.BudgetProposals.Add(Proposal("Majoritetens budget (test)", PlanState.Decided, firstYear));
            db.BudgetProposals.Add(Proposal("Oppositionens budget (test)", PlanState.Draft, 1));
            return await db.SaveChangesAsync();
        });

    public static Task<InvestmentNeed?> NeedAsync(this StyrkedjaFactory app, int id) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.InvestmentNeeds.AsNoTracking().Include(n => n.Amounts).SingleOrDefaultAsync(n => n.Id == id));

    public static Task<int> UnitIdAsync(this StyrkedjaFactory app, string name) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>A table cell's amount as shown ("1 250", sv-SE with a non-breaking space) read back as a number.</summary>
    public static decimal Amount(string text) =>
        decimal.Parse(new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00a0').ToArray()), NumberStyles.Number, CultureInfo.GetCultureInfo("sv-SE"));

    public static Task<int> CountAsync(this StyrkedjaFactory app, Func<StyrkedjaDbContext, Task<int>> count) => app.WithDbAsync(DemoUsers.Halland, count);
}
