using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's planeringsförutsättningar for this year (decided, with example sections in
/// every part and one committee's contribution) and the board's planeringsdirektiv built on them (decided,
/// with instructions and frames for each committee). All of it is example data.
/// </summary>
internal sealed class PlanningDocumentsDemo(DemoSeeder seed)
{
    private static readonly (PremisePart Part, string Heading, string Body)[] Sections =
    [
        (PremisePart.External, "Demografi", "Andelen invånare över 80 år ökar med nästan 40 procent på tio år, medan antalet i arbetsför ålder står still. Det ökar behovet av vård och omsorg och gör kompetensförsörjningen svårare. *(Exempeldata.)*"),
        (PremisePart.External, "Ny lagstiftning", "- Lagen om vård och omsorg i nära samverkan\n- Ny hälso- och sjukvårdslag om fast läkarkontakt\n- Skärpta krav på informationssäkerhet (NIS2) *(Exempeldata.)*"),
        (PremisePart.External, "Agenda 2030", "Regionen bidrar till de globala målen, särskilt mål 3 (hälsa och välbefinnande), mål 10 (minskad ojämlikhet) och mål 13 (bekämpa klimatförändringarna). *(Exempeldata.)*"),
        (PremisePart.Current, "Styrkor och svagheter", "**Styrkor:** hög patientnöjdhet och stark samverkan med kommunerna.\n\n**Svagheter:** långa väntetider till planerade operationer och ett högt beroende av inhyrd personal. *(Exempeldata.)*"),
        (PremisePart.Current, "Kompetensförsörjning", "Bristen på specialistsjuksköterskor och psykologer är störst. Personalomsättningen var 11 procent förra året. *(Exempeldata.)*"),
        (PremisePart.Risk, "Risker och konsekvenser", "| Risk | Konsekvens |\n|---|---|\n| Brist på personal | Längre väntetider, stängda vårdplatser |\n| Högre pensionskostnader | Mindre utrymme för verksamheten |\n\n*(Exempeldata.)*"),
        (PremisePart.Economy, "Ekonomisk prognos", "Skatteunderlaget väntas växa med 4,1 procent nästa år och 3,6 procent året efter. Kostnaderna för läkemedel och pensioner ökar snabbare. Ett effektiviseringskrav på 1 procent föreslås för alla nämnder. *(Exempeldata.)*"),
    ];

    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear)
    {
        var db = seed.Db;
        var orgId = thisYear.OrganisationId;
        var committees = (await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Styrelse || u.Kind == OrgUnitKind.Namnd)
            .OrderBy(u => u.Path).ToListAsync()).Where(u => !u.IsClosed).ToList();
        var board = committees.FirstOrDefault(u => u.Kind == OrgUnitKind.Styrelse)?.Name ?? "Regionstyrelsen";
        var contributor = committees.First(u => u.Kind == OrgUnitKind.Namnd);

        var premises = new PlanningPremises
        {
            OrganisationId = orgId, PlanningYearId = thisYear.Id, Title = $"Planeringsförutsättningar {thisYear.Year}",
            State = PlanState.Decided, DecidedBy = board, DecidedOn = new DateOnly(lastYear.Year, 3, 18),
            DecisionParagraph = "§ 41", RegistryNumber = $"RS {lastYear.Year}/112",
            Sections = Sections.Select((s, i) => new PremiseSection
            {
                OrganisationId = orgId, Part = s.Part, Heading = s.Heading, Body = s.Body, SortOrder = i + 1,
            }).ToList(),
        };
        premises.Sections.Add(new PremiseSection
        {
            OrganisationId = orgId, Part = PremisePart.Current, OrgUnitId = contributor.Id, SortOrder = Sections.Length + 1,
            Heading = $"Nuläge i {contributor.Name}",
            Body = "Tillgängligheten till första linjen har förbättrats, men köerna till specialiserad vård växer. Sjukfrånvaron minskar för andra året i rad. *(Exempeldata.)*",
        });
        db.PlanningPremises.Add(premises);
        await db.SaveChangesAsync();

        // Frames shrink down the list so that the demo shows different sizes; the largest committee comes first.
        db.PlanningDirectives.Add(new PlanningDirective
        {
            OrganisationId = orgId, PlanningYearId = thisYear.Id, PlanningPremisesId = premises.Id,
            Title = $"Planeringsdirektiv {thisYear.Year}", State = PlanState.Decided, DecidedBy = board,
            DecidedOn = new DateOnly(lastYear.Year, 4, 22), DecisionParagraph = "§ 58", RegistryNumber = $"RS {lastYear.Year}/140",
            Body = "Nämnderna ska i sina verksamhetsplaner\n\n1. visa hur de bidrar till fullmäktiges mål,\n2. hålla sig inom de angivna ramarna,\n3. redovisa hur effektiviseringskravet på 1 procent nås.\n\nVerksamhetsplanerna lämnas till regionstyrelsen senast den 30 september. *(Exempeldata.)*",
            Assignments = committees.Select((c, i) => new DirectiveAssignment
            {
                OrganisationId = orgId, OrgUnitId = c.Id,
                Instructions = $"Ta fram en verksamhetsplan för {c.Name} inom ramen. *(Exempeldata.)*",
                OperatingFrame = Math.Max(50_000m, Math.Floor(9_500_000m / (i + 1) / 1000) * 1000),
                InvestmentFrame = Math.Max(5_000m, Math.Floor(600_000m / (i + 1) / 1000) * 1000),
            }).ToList(),
        });
        await db.SaveChangesAsync();
    }
}
