using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel.Templates;
using B = Styrkedja.Web.Features.GovernanceModel.Templates.BlekingeTemplate;
using K = Styrkedja.Web.Domain.OrgUnitKind;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Region Blekinge (demo): Blekinge's five perspectives with the region's published 2019
/// inriktningsmål; insatsområden and åtaganden are example data.
/// </summary>
internal sealed class BlekingeDemo(DemoSeeder seed)
{
    public const string Name = "Region Blekinge (demo)";

    private static readonly (string Perspective, string[] Goals)[] DirectionGoals =
    [
        (B.Citizens, ["Ett attraktivt Blekinge", "En god och jämlik hälsa", "God tillgänglighet", "Ett hållbart näringsliv"]),
        (B.Quality, ["God kvalitet i Region Blekinges tjänster och samverkansprocesser", "En digitaliserad verksamhet"]),
        (B.Competence, ["Ett engagerat medarbetarskap", "Säkrad kompetensförsörjning nu och i framtiden"]),
        (B.Environment, ["En hållbar verksamhet"]),
        (B.Economy, ["Ekonomi med god kostnadskontroll", "Långsiktig ekonomisk planering"]),
    ];

    public async Task SeedAsync()
    {
        var org = await seed.CreateOrganisationAsync(Name);
        var levels = await BlekingeTemplate.Model.ApplyAsync(seed.Db, org.Id);
        var perspectives = seed.Db.Perspectives.ToDictionary(p => p.Name);

        var rf = await seed.AddUnitAsync(org, null, "Regionfullmäktige", K.Fullmaktige);
        var rs = await seed.AddUnitAsync(org, rf, "Regionstyrelsen", K.Styrelse);
        var office = await seed.AddUnitAsync(org, rs, "Regionledningskontoret", K.Forvaltning);
        await seed.AddUnitAsync(org, office, "Ekonomienheten", K.Verksamhet);
        await seed.AddUnitAsync(org, rs, "Blekingetrafiken AB", K.Bolag);
        var hsn = await seed.AddUnitAsync(org, rf, "Hälso- och sjukvårdsnämnden", K.Namnd);
        var somatic = await seed.AddUnitAsync(org, hsn, "Förvaltningen för somatisk vård", K.Forvaltning);
        await seed.AddUnitAsync(org, somatic, "Akutkliniken Karlskrona", K.Verksamhet);
        var primary = await seed.AddUnitAsync(org, hsn, "Primärvårdsförvaltningen", K.Forvaltning);
        await seed.AddUnitAsync(org, primary, "Vårdcentralen Ronneby", K.Enhet);
        var run = await seed.AddUnitAsync(org, rf, "Regionala utvecklingsnämnden", K.Namnd);
        await seed.AddUnitAsync(org, run, "Regional utveckling", K.Forvaltning);
        var tn = await seed.AddUnitAsync(org, rf, "Trafiknämnden", K.Namnd);
        await seed.AddUnitAsync(org, tn, "Trafikförvaltningen", K.Forvaltning);
        var kbn = await seed.AddUnitAsync(org, rf, "Kultur- och bildningsnämnden", K.Namnd);
        await seed.AddUnitAsync(org, kbn, "Kultur och bildning", K.Forvaltning);

        await seed.AddMissionAsync(hsn,
            "Nämnden ansvarar för hälso- och sjukvården i Blekinge och för att den bedrivs med god kvalitet. *(Exempeldata.)*",
            "- Hälso- och sjukvårdslagen (2017:30)\n- Regelbok Hälsoval Blekinge",
            "Nämnden har tretton ledamöter. Två förvaltningar: somatisk vård och primärvård.",
            "Invånare och patienter, Blekinges fem kommuner, privata vårdcentraler.");

        var lastYear = await seed.AddYearAsync(org, seed.CurrentYear - 1, 3);
        await seed.AddYearAsync(org, seed.CurrentYear + 1, 3);

        var direction = new Dictionary<string, Goal>();
        foreach (var (perspective, goals) in DirectionGoals)
            foreach (var title in goals)
                direction[title] = await seed.AddGoalAsync(lastYear, levels[B.DirectionGoal], rf, title,
                    "Inriktningsmål ur Region Blekinges regionplan 2019.", perspectives[perspective]);

        var area = levels[B.EffortArea];
        var preventive = await seed.AddGoalAsync(lastYear, area, rf, "Förebyggande och hälsofrämjande arbete",
            "*(Exempeldata.)*", null, direction["En god och jämlik hälsa"]);
        var closeCare = await seed.AddGoalAsync(lastYear, area, rf, "Nära vård",
            "*(Exempeldata.)*", null, direction["En god och jämlik hälsa"], direction["God tillgänglighet"]);
        var digital = await seed.AddGoalAsync(lastYear, area, rf, "Digitala vårdtjänster",
            "*(Exempeldata.)*", null, direction["En digitaliserad verksamhet"]);
        var skills = await seed.AddGoalAsync(lastYear, area, rf, "Strategisk kompetensförsörjning",
            "*(Exempeldata.)*", null, direction["Säkrad kompetensförsörjning nu och i framtiden"]);
        var ownArea = await seed.AddGoalAsync(lastYear, area, tn, "Fossilfri kollektivtrafik",
            "Nämndens eget insatsområde. *(Exempeldata.)*", null, direction["En hållbar verksamhet"]);

        var commitment = levels[B.Commitment];
        await seed.AddGoalAsync(lastYear, commitment, hsn, "Utöka antalet digitala vårdbesök i primärvården",
            "*(Exempeldata.)*", null, digital, closeCare);
        await seed.AddGoalAsync(lastYear, commitment, hsn, "Införa hälsosamtal för 40-, 50- och 60-åringar",
            "*(Exempeldata.)*", null, preventive);
        await seed.AddGoalAsync(lastYear, commitment, hsn, "Minska kostnaden för inhyrd personal",
            "*(Exempeldata.)*", null, skills, direction["Ekonomi med god kostnadskontroll"]);
        await seed.AddGoalAsync(lastYear, commitment, tn, "Alla regionbussar drivs med förnybart bränsle",
            "*(Exempeldata.)*", null, ownArea);
        await seed.AddGoalAsync(lastYear, commitment, run, "Stödja företag i den gröna omställningen",
            "*(Exempeldata.)*", null, direction["Ett hållbart näringsliv"]);
        await seed.AddGoalAsync(lastYear, commitment, kbn, "Fler unga deltar i kulturaktiviteter",
            "*(Exempeldata.)*", null, direction["Ett attraktivt Blekinge"]);

        var thisYear = await seed.CopyGoalsAsync(lastYear, seed.CurrentYear);

        await new IndicatorDemo(seed).SeedAsync(org, "0010", BlekingeIndicators.Peers, BlekingeIndicators.All);

        await seed.AddUserAsync(org, "admin@blekinge.demo", "Berit Admin (Blekinge)", Role.Administrator, null);
        await seed.AddUserAsync(org, "controller@blekinge.demo", "Calle Controller (Blekinge)", Role.Controller, null);
        await seed.AddUserAsync(org, "redaktor.hsn@blekinge.demo", "Helga Redaktör (HSN Blekinge)", Role.Editor, hsn);
        await seed.AddUserAsync(org, "redaktor.tn@blekinge.demo", "Tore Redaktör (TN Blekinge)", Role.Editor, tn);
        await seed.AddUserAsync(org, "lasare@blekinge.demo", "Lena Läsare (Blekinge)", Role.Reader, null);

        await new PlanDemo(seed).SeedAsync(lastYear, thisYear, BlekingeActivities.All);
        await new ReportDemo(seed).SeedAsync(lastYear, thisYear);
        await new YearWheelDemo(seed).SeedAsync(lastYear, thisYear);
        await new RiskDemo(seed).SeedAsync(lastYear, thisYear);
        await new ControlDemo(seed).SeedAsync(lastYear, thisYear);
        await new PlanningDocumentsDemo(seed).SeedAsync(lastYear, thisYear);
        await new BudgetDemo(seed).SeedAsync(thisYear, BudgetDemo.Blekinge);
        await new InvestmentDemo(seed).SeedAsync(thisYear);
        await new LedgerDemo(seed).SeedAsync(lastYear, thisYear);
        await new ForecastDemo(seed).SeedAsync(thisYear);
    }
}
