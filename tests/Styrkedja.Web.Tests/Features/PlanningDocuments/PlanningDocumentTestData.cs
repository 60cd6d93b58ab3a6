using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.PlanningDocuments;

/// <summary>The ids of an arranged planeringsförutsättningar: the staff's own section and HSN's and RUN's contributions.</summary>
internal sealed record ArrangedPremises(int Id, int StaffSectionId, int HsnSectionId, int RunSectionId);

/// <summary>Arranges planning documents directly in the database, so the tests depend on no demo document.</summary>
internal static class PlanningDocumentTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    public static int ThisYear => DateTime.Now.Year;

    public static Task<ArrangedPremises> ArrangePremisesAsync(this StyrkedjaFactory app, PlanState state = PlanState.Draft) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
            await RemoveDocumentsOfAsync(db, year);
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var run = await db.OrgUnits.SingleAsync(u => u.Name == Run);
            PremiseSection Section(PremisePart part, string heading, OrgUnit? unit) => new()
            {
                OrganisationId = year.OrganisationId, Part = part, Heading = heading, Body = "Text *(test)*", OrgUnitId = unit?.Id,
            };
            var premises = new PlanningPremises
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Title = $"Testförutsättningar {Guid.NewGuid():N}", State = state,
                Sections = [Section(PremisePart.External, "Demografi (test)", null), Section(PremisePart.Current, "HSN:s nuläge (test)", hsn),
                    Section(PremisePart.Current, "RUN:s nuläge (test)", run)],
            };
            if (state == PlanState.Decided)
                (premises.DecidedBy, premises.DecidedOn, premises.DecisionParagraph, premises.RegistryNumber) =
                    ("Regionstyrelsen", new DateOnly(ThisYear - 1, 3, 1), "§ 1", "RS 1/1");
            db.PlanningPremises.Add(premises);
            await db.SaveChangesAsync();
            return new ArrangedPremises(premises.Id, premises.Sections[0].Id, premises.Sections[1].Id, premises.Sections[2].Id);
        });

    public static Task<int> ArrangeDirectiveAsync(this StyrkedjaFactory app, PlanState state = PlanState.Draft) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
            await RemoveDocumentsOfAsync(db, year);
            var directive = new PlanningDirective
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Title = $"Testdirektiv {Guid.NewGuid():N}", State = state,
                Body = "Gemensamma anvisningar (test)",
            };
            db.PlanningDirectives.Add(directive);
            await db.SaveChangesAsync();
            return directive.Id;
        });

    /// <summary>A year has one of each document (unique index): the demo's or an earlier test's go first.</summary>
    private static async Task RemoveDocumentsOfAsync(StyrkedjaDbContext db, PlanningYear year)
    {
        db.PlanningDirectives.RemoveRange(await db.PlanningDirectives.Where(d => d.PlanningYearId == year.Id).ToListAsync());
        await db.SaveChangesAsync();
        db.PlanningPremises.RemoveRange(await db.PlanningPremises.Where(p => p.PlanningYearId == year.Id).ToListAsync());
        await db.SaveChangesAsync();
    }

    public static Task<int> UnitIdAsync(this StyrkedjaFactory app, string name) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public static Task<PremiseSection> SectionAsync(this StyrkedjaFactory app, int id) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.PremiseSections.AsNoTracking().SingleAsync(s => s.Id == id));
}
