using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl.Risks;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds risk analyses: for the board, every committee and two administrations, last year's risks and this
/// year's, most of them carried over from last year with a changed assessment and one new risk each, so
/// that the matrix, the carry-over and a risk's history all have something to show. Example data.
/// </summary>
internal sealed class RiskDemo(DemoSeeder seed)
{
    private sealed record Example(string Title, string Area, int P, int C, string Owner, string Measures, string? Description = null);

    private static readonly Example[] LastYearRisks =
    [
        new("Brist på specialistsjuksköterskor", "Personal", 4, 3, "Förvaltningschef",
            "- Utbildningsanställningar för sjuksköterskor\n- Översyn av schemaläggningen *(Exempeldata.)*",
            "Vakanser leder till stängda vårdplatser och inhyrd personal."),
        new("Felaktiga utbetalningar", "Ekonomi", 2, 3, "Ekonomichef",
            "- Attest i två led\n- Stickprov på leverantörsbyten *(Exempeldata.)*"),
        new("Bristande informationssäkerhet", "Informationssäkerhet", 3, 4, "Informationssäkerhetssamordnare",
            "- Utbildning i informationssäkerhet för alla medarbetare *(Exempeldata.)*",
            "Obehörig åtkomst till personuppgifter eller driftstopp vid it-angrepp."),
        new("Avtalstrohet vid inköp", "Upphandling", 3, 2, "Inköpschef",
            "- Uppföljning av inköp utanför avtal två gånger per år *(Exempeldata.)*"),
        new("Kompetensförsörjning", "Personal", 3, 3, "HR-chef",
            "- Kompetensförsörjningsplan per verksamhet *(Exempeldata.)*"),
    ];

    /// <summary>This year's new risk, not carried from anything.</summary>
    private static readonly Example NewRisk = new("Hot och våld mot medarbetare", "Arbetsmiljö", 2, 4, "Förvaltningschef",
        "- Riskbedömning av ensamarbete\n- Larm i receptioner *(Exempeldata.)*");

    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear)
    {
        var db = seed.Db;
        var units = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Styrelse || u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Forvaltning)
            .OrderBy(u => u.Path).ToListAsync();
        var analysing = units.Where(u => u.Kind != OrgUnitKind.Forvaltning).Concat(units.Where(u => u.Kind == OrgUnitKind.Forvaltning).Take(2));
        var index = 0;
        foreach (var unit in analysing)
        {
            // Each unit gets four of the five examples, a different one left out, so the analyses differ.
            var examples = LastYearRisks.Where((_, i) => i != index % LastYearRisks.Length).ToList();
            var earlier = examples.Select(e => Risk(unit, lastYear, e)).ToList();
            db.Risks.AddRange(earlier);
            await db.SaveChangesAsync();

            // Three carried with a revised assessment; the fourth was judged handled and not carried.
            foreach (var (from, i) in earlier.Take(3).Select((r, i) => (r, i)))
            {
                var carried = RiskCarryOver.Continue(from, thisYear);
                carried.Probability = Math.Clamp(from.Probability + (i == 0 ? -1 : i == 1 ? 1 : 0), 1, 4);
                carried.Consequence = Math.Clamp(from.Consequence + (i == 2 ? 1 : 0), 1, 4);
                carried.Measures = from.Measures + "\n- Åtgärderna från förra året följs upp i delårsrapporten *(Exempeldata.)*";
                db.Risks.Add(carried);
            }
            db.Risks.Add(Risk(unit, thisYear, NewRisk));
            index++;
        }
        await db.SaveChangesAsync();
    }

    private static Risk Risk(OrgUnit unit, PlanningYear year, Example e) => new()
    {
        OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, PlanningYearId = year.Id, Title = e.Title, Area = e.Area,
        Probability = e.P, Consequence = e.C, Owner = e.Owner, Measures = e.Measures, Description = e.Description,
    };
}
