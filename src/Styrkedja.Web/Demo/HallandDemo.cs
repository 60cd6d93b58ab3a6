using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel.Templates;
using K = Styrkedja.Web.Domain.OrgUnitKind;

namespace Styrkedja.Web.Demo;

/// <summary>Region Halland (demo): Halland's model with example goals. All content is example data.</summary>
internal sealed class HallandDemo(DemoSeeder seed)
{
    public const string Name = "Region Halland (demo)";

    public async Task SeedAsync()
    {
        var org = await seed.CreateOrganisationAsync(Name);
        var levels = await HallandTemplate.Model.ApplyAsync(seed.Db, org.Id);

        var rf = await seed.AddUnitAsync(org, null, "Regionfullmäktige", K.Fullmaktige);
        var rs = await seed.AddUnitAsync(org, rf, "Regionstyrelsen", K.Styrelse);
        var office = await seed.AddUnitAsync(org, rs, "Regionkontoret", K.Forvaltning);
        await seed.AddUnitAsync(org, office, "Ekonomiavdelningen", K.Verksamhet);
        await seed.AddUnitAsync(org, rs, "Hallandstrafiken AB", K.Bolag);
        var hsn = await seed.AddUnitAsync(org, rf, "Hälso- och sjukvårdsnämnden", K.Namnd);
        var hospital = await seed.AddUnitAsync(org, hsn, "Hallands sjukhus", K.Forvaltning);
        await seed.AddUnitAsync(org, hospital, "Akutmottagningen Halmstad", K.Verksamhet);
        await seed.AddUnitAsync(org, hospital, "Medicinkliniken Varberg", K.Verksamhet);
        var primary = await seed.AddUnitAsync(org, hsn, "Närsjukvården Halland", K.Forvaltning);
        await seed.AddUnitAsync(org, primary, "Vårdcentralen Falkenberg", K.Enhet);
        var psy = await seed.AddUnitAsync(org, rf, "Psykiatrinämnden", K.Namnd);
        await seed.AddUnitAsync(org, psy, "Psykiatrin Halland", K.Forvaltning);
        var run = await seed.AddUnitAsync(org, rf, "Regionala utvecklingsnämnden", K.Namnd);
        await seed.AddUnitAsync(org, run, "Regional utveckling", K.Forvaltning);
        var ksn = await seed.AddUnitAsync(org, rf, "Kultur- och skolnämnden", K.Namnd);
        await seed.AddUnitAsync(org, ksn, "Kultur och skola", K.Forvaltning);
        var ktn = await seed.AddUnitAsync(org, rf, "Kollektivtrafiknämnden", K.Namnd);
        await seed.AddUnitAsync(org, ktn, "Kollektivtrafikförvaltningen", K.Forvaltning);

        await seed.AddMissionAsync(hsn,
            "Hälso- och sjukvårdsnämnden ansvarar för att hallänningarna får en god, tillgänglig och jämlik hälso- och sjukvård. *(Exempeldata.)*",
            "- Hälso- och sjukvårdslagen (2017:30)\n- Patientlagen (2014:821)\n- Regionfullmäktiges reglemente för nämnden",
            "Nämnden har elva ledamöter. Förvaltningarna Hallands sjukhus och Närsjukvården Halland leds av var sin direktör.",
            "Invånare och patienter, kommunerna i Halland, privata vårdgivare inom vårdvalet, patientföreningar.");
        await seed.AddMissionAsync(run,
            "Nämnden driver regionens utvecklingsuppdrag: näringsliv, infrastruktur och kompetensförsörjning. *(Exempeldata.)*",
            "- Lagen om regionalt utvecklingsansvar (2010:630)\n- Regional utvecklingsstrategi för Halland",
            "Nämnden har nio ledamöter; förvaltningen Regional utveckling bereder ärendena.",
            "Företag, kommuner, lärosäten och civilsamhälle i Halland.");

        var lastYear = await seed.AddYearAsync(org, seed.CurrentYear - 1, 3);
        await seed.AddYearAsync(org, seed.CurrentYear + 1, 3);

        var focus = levels[HallandTemplate.Focus];
        var goal = levels[HallandTemplate.Goal];
        var committee = levels[HallandTemplate.CommitteeGoal];
        var care = await seed.AddGoalAsync(lastYear, focus, rf, "Tillgänglig och jämlik hälsa och vård",
            "Invånarna ska få vård i rätt tid och på lika villkor. *(Exempeldata.)*");
        var growth = await seed.AddGoalAsync(lastYear, focus, rf, "Hållbar tillväxt i hela Halland",
            "Halland ska vara en attraktiv plats att bo, arbeta och driva företag i. *(Exempeldata.)*");
        var employer = await seed.AddGoalAsync(lastYear, focus, rf, "Attraktiv arbetsgivare",
            "Region Halland ska attrahera, utveckla och behålla kompetenta medarbetare. *(Exempeldata.)*");

        var waits = await seed.AddGoalAsync(lastYear, goal, rf, "Kortare väntetider till vård", "*(Exempeldata.)*", null, care);
        var health = await seed.AddGoalAsync(lastYear, goal, rf, "Ökad psykisk hälsa bland unga", "*(Exempeldata.)*", null, care);
        var travel = await seed.AddGoalAsync(lastYear, goal, rf, "Fler resor med kollektivtrafik", "*(Exempeldata.)*", null, growth);
        var skills = await seed.AddGoalAsync(lastYear, goal, rf, "Säkrad kompetensförsörjning", "*(Exempeldata.)*", null, growth, employer);

        await seed.AddGoalAsync(lastYear, committee, hsn, "Fler patienter får besök inom vårdgarantin",
            "Minst 90 procent av patienterna ska få ett första besök inom vårdgarantins gränser. *(Exempeldata.)*", null, waits);
        await seed.AddGoalAsync(lastYear, committee, hsn, "Stärkt bemanning i vården",
            "Minska beroendet av hyrpersonal genom egen rekrytering. *(Exempeldata.)*", null, waits, skills);
        await seed.AddGoalAsync(lastYear, committee, psy, "Snabbare första bedömning inom barn- och ungdomspsykiatrin",
            "*(Exempeldata.)*", null, health);
        await seed.AddGoalAsync(lastYear, committee, run, "Fler företag i Halland växer",
            "*(Exempeldata.)*", null, skills);
        await seed.AddGoalAsync(lastYear, committee, ktn, "Ökat resande med Hallandstrafiken",
            "*(Exempeldata.)*", null, travel);
        await seed.AddGoalAsync(lastYear, committee, ksn, "Fler unga deltar i kulturlivet",
            "*(Exempeldata.)*", null, health);

        var thisYear = await seed.CopyGoalsAsync(lastYear, seed.CurrentYear);

        await new IndicatorDemo(seed).SeedAsync(org, "0013", HallandIndicators.Peers, HallandIndicators.All);

        await seed.AddUserAsync(org, "admin@halland.demo", "Anna Admin (Halland)", Role.Administrator, null);
        await seed.AddUserAsync(org, "controller@halland.demo", "Carl Controller (Halland)", Role.Controller, null);
        await seed.AddUserAsync(org, "redaktor.hsn@halland.demo", "Hanna Redaktör (HSN Halland)", Role.Editor, hsn);
        await seed.AddUserAsync(org, "redaktor.run@halland.demo", "Rasmus Redaktör (RUN Halland)", Role.Editor, run);
        await seed.AddUserAsync(org, "lasare@halland.demo", "Lisa Läsare (Halland)", Role.Reader, null);

        await new PlanDemo(seed).SeedAsync(lastYear, thisYear, HallandActivities.All);
        await new ReportDemo(seed).SeedAsync(lastYear, thisYear);
        await new YearWheelDemo(seed).SeedAsync(lastYear, thisYear);
        await new RiskDemo(seed).SeedAsync(lastYear, thisYear);
        await new ControlDemo(seed).SeedAsync(lastYear, thisYear);
        await new PlanningDocumentsDemo(seed).SeedAsync(lastYear, thisYear);
        await new BudgetDemo(seed).SeedAsync(thisYear, BudgetDemo.Halland);
        await new InvestmentDemo(seed).SeedAsync(thisYear);
        await new LedgerDemo(seed).SeedAsync(lastYear, thisYear);
        await new ForecastDemo(seed).SeedAsync(thisYear);
    }
}
