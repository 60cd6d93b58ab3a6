using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Investments;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's investment plan for next year's budget (decided a year ahead, so that is the
/// one being worked on now; this year's when there is no next year): needs in all four categories from the
/// committees, timed over the ten years, with the committees' priorities and the regional staff's ranking
/// (one need left unranked). The plan is a draft, so the demo can be ranked and decided. The frames belong to
/// the budget: without an adopted budget the plan page says there is no decided frame. All of it is example data.
/// </summary>
internal sealed class InvestmentDemo(DemoSeeder seed)
{
    /// <summary>
    /// The need, its category, a word of the committee's name it belongs to (the first committee when no name
    /// matches), the committee's priority, the central rank, and tkr for the years from the budget year on.
    /// </summary>
    private static readonly (string Title, InvestmentCategory Category, string Committee, int Priority, int? Rank, decimal[] Amounts, string Description)[] Needs =
    [
        ("Ny akutmottagning", InvestmentCategory.Property, "sjukvård", 1, 1, [40_000, 120_000, 180_000, 95_000],
            "Dagens akutmottagning är byggd för hälften av dagens besök. Ny byggnad i anslutning till sjukhusets entré."),
        ("Nytt vårdinformationssystem", InvestmentCategory.InformationTechnology, "styrelse", 1, 2, [35_000, 60_000, 45_000, 20_000, 10_000],
            "Gemensamt journalsystem för hela regionen, upphandlat tillsammans med andra regioner."),
        ("Datortomograf", InvestmentCategory.MedicalTechnology, "sjukvård", 2, 3, [18_000, 0, 0, 0, 0, 0, 0, 19_000],
            "Ersätter en datortomograf från 2014 som når slutet av sin tekniska livslängd; ny ersättning om åtta år."),
        ("Ambulanser", InvestmentCategory.OtherEquipment, "sjukvård", 3, 4, [12_000, 12_500, 13_000, 13_500, 14_000, 14_500, 15_000, 15_500, 16_000, 16_500],
            "Löpande utbyte av fyra ambulanser per år."),
        ("Ny byggnad för psykiatrisk heldygnsvård", InvestmentCategory.Property, "psykiatri", 1, 5, [0, 15_000, 85_000, 110_000, 40_000],
            "Samlar heldygnsvården i ändamålsenliga lokaler med enkelrum."),
        ("Magnetkamera", InvestmentCategory.MedicalTechnology, "sjukvård", 4, 6, [0, 24_000, 0, 0, 0, 0, 0, 0, 0, 26_000],
            "En tredje magnetkamera för att korta väntetiderna till undersökning."),
        ("Elbussar för regiontrafiken", InvestmentCategory.OtherEquipment, "trafik", 1, 7, [30_000, 30_000, 30_000, 30_000, 25_000, 25_000],
            "Omställning av busstrafiken till el enligt trafikförsörjningsprogrammet."),
        ("Ombyggnad av vårdavdelningar", InvestmentCategory.Property, "sjukvård", 5, 8, [0, 0, 20_000, 45_000, 45_000, 30_000],
            "Anpassning av vårdavdelningar till nya krav på smittskydd och arbetsmiljö."),
        ("Medicinteknisk utrustning, löpande ersättning", InvestmentCategory.MedicalTechnology, "sjukvård", 6, 9, [30_000, 30_000, 31_000, 31_000, 32_000, 32_000, 33_000, 33_000, 34_000, 34_000],
            "Ultraljud, övervakning, infusionspumpar och annan utrustning som byts enligt plan."),
        ("Realtidssystem för kollektivtrafiken", InvestmentCategory.InformationTechnology, "trafik", 2, 10, [6_500, 4_000],
            "Ny plattform för realtidsinformation till resenärer."),
        ("Utrustning för folkhögskolorna", InvestmentCategory.OtherEquipment, "kultur", 1, 11, [2_500, 1_500, 1_500, 1_500],
            "Möbler, instrument och digital utrustning för undervisningen."),
        ("Digital infrastruktur för regional utveckling", InvestmentCategory.InformationTechnology, "utveckling", 1, 12, [0, 8_000, 8_000],
            "Datalager och öppna data för analys av regionens utveckling."),
        ("Nätverk och servrar", InvestmentCategory.InformationTechnology, "styrelse", 2, null, [9_000, 9_000, 9_500, 9_500, 10_000, 10_000, 10_500, 10_500, 11_000, 11_000],
            "Löpande utbyte av regionens nätverksutrustning och servrar."),
    ];

    public async Task SeedAsync(PlanningYear thisYear)
    {
        var db = seed.Db;
        var year = await db.PlanningYears.Where(y => y.OrganisationId == thisYear.OrganisationId && y.Year == thisYear.Year + 1)
            .SingleOrDefaultAsync() ?? thisYear;
        var committees = await InvestmentRules.CommitteesAsync(db);
        OrgUnit CommitteeFor(string word) =>
            committees.FirstOrDefault(c => c.Name.Contains(word, StringComparison.OrdinalIgnoreCase))
            ?? committees.First(c => c.Kind == OrgUnitKind.Namnd);

        var plan = new InvestmentPlan
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, State = PlanState.Draft,
            Title = $"Investeringsplan {year.Year}–{year.Year + InvestmentPlan.PlanYears - 1} med utblick till {year.Year + InvestmentPlan.HorizonYears - 1}",
            Needs = Needs.Select(n => new InvestmentNeed
            {
                OrganisationId = year.OrganisationId, OrgUnitId = CommitteeFor(n.Committee).Id, Category = n.Category, Title = n.Title,
                Description = n.Description + " (Exempeldata.)", CommitteePriority = n.Priority, CentralRank = n.Rank,
                AssessmentComment = n.Rank is null ? "" : "Bedömd i regionstabens samlade prioritering. (Exempeldata.)",
                Amounts = n.Amounts.Select((amount, i) => (amount, i)).Where(a => a.amount > 0).Select(a => new InvestmentAmount
                {
                    OrganisationId = year.OrganisationId, Year = year.Year + a.i, Amount = a.amount,
                }).ToList(),
            }).ToList(),
        };
        db.InvestmentPlans.Add(plan);
        await db.SaveChangesAsync();
    }
}
