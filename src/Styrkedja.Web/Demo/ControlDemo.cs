using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl.ControlPlans;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's internal control: a decided control plan per committee for last year and
/// this year with controls chosen from the committee's highest risks (when the risk analysis has any),
/// last year's results for the whole year and this year's for the first follow-up round — mostly without
/// remarks, some with remarks and one serious deficiency whose actions are open, one of them overdue, so
/// that Mina uppgifter and the summary have something to show. All of it is example data.
/// </summary>
internal sealed class ControlDemo(DemoSeeder seed)
{
    /// <summary>Title, how, by whom, when, reported to: the controls committees commonly choose.</summary>
    private static readonly (string Title, string Method, string Responsible, string Frequency, string ReportedTo)[] Catalogue =
    [
        ("Attest av fakturor", "Stickprov på 25 leverantörsfakturor: rätt attestant enligt attestförteckningen och underlag bifogat.",
            "Controller", "Två gånger per år", "Nämnden i delårsrapport och verksamhetsberättelse"),
        ("Efterlevnad av delegationsordning", "Genomgång av delegationsbeslut: fattade av rätt delegat och anmälda till nämnden.",
            "Nämndsekreterare", "Mars och september", "Nämndens arbetsutskott"),
        ("Avtalstrohet vid inköp", "Analys av inköp över 100 000 kronor mot gällande ramavtal.",
            "Upphandlingsansvarig", "En gång per år", "Förvaltningsledningen och nämnden"),
        ("Behörigheter i journalsystemet", "Kontroll av att behörigheter avslutas när anställningar upphör och loggkontroller görs.",
            "Systemförvaltare", "Varje tertial", "Nämnden i verksamhetsberättelsen"),
        ("Uppföljning av sjukfrånvaro", "Jämförelse av sjukfrånvaro per verksamhet och kontroll av att rehabiliteringsplaner finns.",
            "HR-strateg", "Två gånger per år", "Förvaltningsledningen"),
    ];

    private int _paragraph = 110;

    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear)
    {
        var db = seed.Db;
        var today = DateOnly.FromDateTime(seed.Clock.GetLocalNow().Date);
        var committees = (await db.OrgUnits.Where(u => u.ClosedOn == null).ToListAsync())
            .Where(ControlChoices.IsCommittee).OrderBy(u => u.Path).ToList();
        var thisRound = (await ControlChoices.RoundsAsync(db, thisYear.Id)).FirstOrDefault();

        foreach (var (unit, i) in committees.Select((u, i) => (u, i)))
        {
            var owner = await OwnerAsync(unit);
            var count = 3 + i % 3;
            var last = await PlanAsync(unit, lastYear, count);
            foreach (var (control, c) in last.Controls.Select((x, c) => (x, c)))
            {
                var outcome = c == 1 && i % 2 == 0 ? ControlOutcome.Remarks : ControlOutcome.NoRemarks;
                var result = Result(control, null, outcome, new DateOnly(lastYear.Year, 12, 10));
                if (outcome == ControlOutcome.Remarks)
                    result.Actions.Add(Action(result, "Påminn attestanterna om attestreglerna", owner,
                        new DateOnly(lastYear.Year, 12, 31), done: new DateOnly(lastYear.Year, 12, 20)));
            }
            await db.SaveChangesAsync();

            var current = await PlanAsync(unit, thisYear, count);
            if (thisRound is null)
                continue;
            var performed = Earliest(today, new DateOnly(thisYear.Year, thisRound.Month, 1).AddMonths(1).AddDays(-1));
            foreach (var (control, c) in current.Controls.Select((x, c) => (x, c)))
            {
                var outcome = (i, c) switch
                {
                    (0, 1) => ControlOutcome.SeriousDeficiencies,
                    (_, 2) when i % 2 == 1 => ControlOutcome.Remarks,
                    _ => ControlOutcome.NoRemarks,
                };
                var result = Result(control, thisRound.Id, outcome, performed);
                if (outcome == ControlOutcome.SeriousDeficiencies)
                {
                    result.Actions.Add(Action(result, "Åtgärda bristerna och gör en ny kontroll av samma område", owner, today.AddDays(-7)));
                    result.Actions.Add(Action(result, "Utbilda berörda chefer i rutinen", owner, today.AddMonths(2)));
                }
                else if (outcome == ControlOutcome.Remarks)
                    result.Actions.Add(Action(result, "Förtydliga rutinen och informera medarbetarna", owner, today.AddMonths(1)));
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>A decided plan (decided in August before the year, with the budget input) with the first controls of the catalogue.</summary>
    private async Task<InternalControlPlan> PlanAsync(OrgUnit unit, PlanningYear year, int count)
    {
        // The controls address the committee's highest risks of the year, when the risk analysis has any.
        var risks = (await seed.Db.Risks.AsNoTracking().Where(r => r.OrgUnitId == unit.Id && r.PlanningYearId == year.Id).ToListAsync())
            .OrderByDescending(r => r.Value).ToList();
        var paragraph = _paragraph++;
        var plan = new InternalControlPlan
        {
            OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, PlanningYearId = year.Id, State = PlanState.Decided,
            DecidedBy = unit.Name, DecidedOn = new DateOnly(year.Year - 1, 8, 27), DecisionParagraph = $"§ {paragraph}",
            RegistryNumber = $"{year.Year - 1}/{paragraph + 300}",
            Controls = Catalogue.Take(count).Select((c, i) => new Control
            {
                OrganisationId = unit.OrganisationId, Title = c.Title, Method = c.Method, Responsible = c.Responsible,
                Frequency = c.Frequency, ReportedTo = c.ReportedTo, SortOrder = i + 1, RiskId = risks.ElementAtOrDefault(i)?.Id,
            }).ToList(),
        };
        seed.Db.InternalControlPlans.Add(plan);
        await seed.Db.SaveChangesAsync();
        return plan;
    }

    private static ControlResult Result(Control control, int? roundId, ControlOutcome outcome, DateOnly performed)
    {
        var result = new ControlResult
        {
            OrganisationId = control.OrganisationId, ControlId = control.Id, ReportRoundId = roundId, Outcome = outcome,
            PerformedOn = performed, Findings = outcome switch
            {
                ControlOutcome.NoRemarks => "Kontrollen visade inga avvikelser. (Exempeldata.)",
                ControlOutcome.Remarks => "Enstaka avvikelser i stickproven; rutinen behöver förtydligas. (Exempeldata.)",
                _ => "Brister i flera av stickproven; rutinen följs inte i stora delar av verksamheten. (Exempeldata.)",
            },
        };
        control.Results.Add(result);
        return result;
    }

    private static ControlAction Action(ControlResult result, string text, string? owner, DateOnly due, DateOnly? done = null) => new()
    {
        OrganisationId = result.OrganisationId, Text = text, ResponsibleUserId = owner, DueOn = due, DoneOn = done,
    };

    /// <summary>The committee's editor owns its actions; without one, the organisation's controller.</summary>
    private async Task<string?> OwnerAsync(OrgUnit unit) =>
        await seed.Db.RoleGrants.Where(g => g.OrgUnitId == unit.Id && g.Role == Role.Editor).Select(g => g.UserId).FirstOrDefaultAsync()
        ?? await seed.Db.RoleGrants.Where(g => g.OrgUnitId == null && g.Role == Role.Controller).Select(g => g.UserId).FirstOrDefaultAsync();

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
