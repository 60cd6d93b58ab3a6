using Styrkedja.Web.Domain;
using B = Styrkedja.Web.Features.GovernanceModel.Templates.BlekingeTemplate;
using D = Styrkedja.Web.Domain.IndicatorDirection;
using P = Styrkedja.Web.Domain.Periodicity;

namespace Styrkedja.Web.Demo;

/// <summary>Region Blekinge's example indicators, by the five perspectives. All figures are example data.</summary>
internal static class BlekingeIndicators
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const string Rs = "Regionstyrelsen";
    private const string Somatic = "Förvaltningen för somatisk vård";
    private const string Primary = "Primärvårdsförvaltningen";
    private const string Traffic = "Trafikförvaltningen";

    public static readonly string[] Peers = ["0013", "0012", "0000"];

    public static readonly DemoIndicator[] All =
    [
        new("Medicinsk bedömning inom 3 dagar i primärvården", "%", 1, D.HigherIsBetter, B.Citizens, P.Year, Hsn, [Primary],
            78, 1.5m, 85, "Kolada N79173: andel av besöken med medicinsk bedömning inom tre dagar.",
            ["God tillgänglighet", "Nära vård"]) { Kpi = "N79173" },
        new("Telefonsamtal till primärvården besvarade samma dag", "%", 1, D.HigherIsBetter, B.Quality, P.Year, Hsn,
            [Primary, "Vårdcentralen Ronneby"], 84, 2, 90, "Kolada N79179: andel samtal som besvaras samma dag.",
            ["God tillgänglighet"]) { Kpi = "N79179" },
        new("Digitala vårdbesök i primärvården", "%", 1, D.HigherIsBetter, B.Quality, P.Month, Hsn, [Primary, "Vårdcentralen Ronneby"],
            8, 3, 15, "Andel av primärvårdens läkar- och sjuksköterskebesök som görs digitalt.",
            ["Utöka antalet digitala vårdbesök i primärvården", "Digitala vårdtjänster", "En digitaliserad verksamhet"]),
        new("Genomförda hälsosamtal", "antal", 0, D.HigherIsBetter, B.Citizens, P.Tertial, Hsn, [Primary], 600, 150, 950,
            "Antal hälsosamtal med 40-, 50- och 60-åringar.",
            ["Införa hälsosamtal för 40-, 50- och 60-åringar", "Förebyggande och hälsofrämjande arbete", "En god och jämlik hälsa"])
            { UnitOwn = true, ByGender = true },
        new("Väntetid på akutkliniken, median", "minuter", 0, D.LowerIsBetter, B.Quality, P.Month, Somatic, ["Akutkliniken Karlskrona"],
            230, -6, 205, "Mediantid från ankomst till avslutat besök på akutkliniken.",
            ["God kvalitet i Region Blekinges tjänster och samverkansprocesser"]) { UnitOwn = true },
        new("Vårdrelaterade infektioner", "%", 1, D.LowerIsBetter, B.Quality, P.Tertial, Hsn, [Somatic], 9, -0.4m, 7.5m,
            "Andel slutenvårdspatienter med en vårdrelaterad infektion vid punktprevalensmätning.",
            ["God kvalitet i Region Blekinges tjänster och samverkansprocesser"]),
        new("Kostnad för inhyrd personal", "%", 1, D.LowerIsBetter, B.Economy, P.Month, Rs, [Somatic, Primary], 5.2m, -0.6m, 3,
            "Kostnad för inhyrd vårdpersonal i procent av egen personalkostnad.",
            ["Minska kostnaden för inhyrd personal", "Ekonomi med god kostnadskontroll"]),
        new("Sjukfrånvaro", "%", 1, D.LowerIsBetter, B.Competence, P.Month, Rs, ["Regionledningskontoret", Somatic, Primary, Traffic],
            7.1m, -0.2m, 6.2m, "Sjukfrånvarotimmar i procent av ordinarie arbetstid.", ["Ett engagerat medarbetarskap"]) { ByGender = true },
        new("Hållbart medarbetarengagemang (HME)", "index", 0, D.HigherIsBetter, B.Competence, P.Year, Rs,
            ["Regionledningskontoret", Somatic, Primary], 76, 1, 79, "Totalindex 0–100 för motivation, ledarskap och styrning.",
            ["Ett engagerat medarbetarskap"]) { ByGender = true },
        new("Tillsvidareanställda som slutar", "%", 1, D.LowerIsBetter, B.Competence, P.HalfYear, Rs, [Somatic, Primary], 5.5m, -0.2m, 4.8m,
            "Andel tillsvidareanställda som slutat under halvåret.",
            ["Säkrad kompetensförsörjning nu och i framtiden", "Strategisk kompetensförsörjning"]),
        new("Resultat i procent av skatteintäkter", "%", 1, D.HigherIsBetter, B.Economy, P.Year, Rs, ["Ekonomienheten"], 0.8m, 0.5m, 2,
            "Kolada N63016: årets resultat i procent av skatteintäkter och generella statsbidrag.",
            ["Långsiktig ekonomisk planering"]) { Kpi = "N63016", Min = -100 },
        new("Soliditet inklusive ansvarsförbindelser", "%", 1, D.HigherIsBetter, B.Economy, P.Year, Rs, ["Ekonomienheten"], -12, 1.5m, -8,
            "Kolada N63007: eget kapital minus pensionsförpliktelser utanför balansräkningen, i procent av tillgångarna.",
            ["Långsiktig ekonomisk planering"]) { Kpi = "N63007", Min = -100 },
        new("Nettokostnadsutveckling", "%", 1, D.Neutral, B.Economy, P.Year, Rs, ["Ekonomienheten"], 4.8m, -0.5m, 3.5m,
            "Förändring av nettokostnaden mot föregående år.", ["Ekonomi med god kostnadskontroll"]) { Min = -100, Tolerance = 15 },
        new("Resor med kollektivtrafik per invånare", "resor/inv", 1, D.HigherIsBetter, B.Citizens, P.Year, "Trafiknämnden", [Traffic],
            38, 1.5m, 42, "Kolada N60404: antal påstigningar i kollektivtrafiken per invånare.", ["Ett attraktivt Blekinge"])
            { Kpi = "N60404" },
        new("Bussar som drivs med förnybart bränsle", "%", 0, D.HigherIsBetter, B.Environment, P.Tertial, "Trafiknämnden", [Traffic],
            70, 8, 95, "Andel av regionbussarnas körda kilometer med förnybart bränsle.",
            ["Alla regionbussar drivs med förnybart bränsle", "Fossilfri kollektivtrafik", "En hållbar verksamhet"]) { UnitOwn = true },
        new("Koldioxidutsläpp från tjänsteresor", "ton", 0, D.LowerIsBetter, B.Environment, P.Year, Rs, ["Regionledningskontoret", Somatic],
            420, -25, 360, "Utsläpp av koldioxid från tjänsteresor med bil och flyg.", ["En hållbar verksamhet"]),
        new("Företag med stöd i grön omställning", "antal", 0, D.HigherIsBetter, B.Citizens, P.Tertial, "Regionala utvecklingsnämnden",
            ["Regional utveckling"], 25, 6, 35, "Antal företag som fått rådgivning eller stöd för grön omställning.",
            ["Stödja företag i den gröna omställningen", "Ett hållbart näringsliv"]) { UnitOwn = true },
        new("Unga deltagare i kulturaktiviteter", "antal", 0, D.HigherIsBetter, B.Citizens, P.Tertial, "Kultur- och bildningsnämnden",
            ["Kultur och bildning"], 2100, 150, 2500, "Antal deltagartillfällen för 7–25-åringar i regionens kulturverksamhet.",
            ["Fler unga deltar i kulturaktiviteter", "Ett attraktivt Blekinge"]) { UnitOwn = true, ByGender = true },
    ];
}
