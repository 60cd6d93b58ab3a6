using Styrkedja.Web.Domain;
using D = Styrkedja.Web.Domain.IndicatorDirection;
using P = Styrkedja.Web.Domain.Periodicity;

namespace Styrkedja.Web.Demo;

/// <summary>Region Halland's example indicators, by the model's categories. All figures are example data.</summary>
internal static class HallandIndicators
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const string Rs = "Regionstyrelsen";
    private const string Hospital = "Hallands sjukhus";
    private const string Primary = "Närsjukvården Halland";
    private const string Psychiatry = "Psykiatrin Halland";
    private const string Traffic = "Kollektivtrafiknämnden";

    public static readonly string[] Peers = ["0010", "0012", "0000"];

    public static readonly DemoIndicator[] All =
    [
        new("Första besök inom vårdgarantin i specialiserad vård", "%", 0, D.HigherIsBetter, "Målgrupp", P.Month, Hsn,
            [Hospital, "Medicinkliniken Varberg"], 82, 2, 90,
            "Andel patienter som fått ett första besök inom 90 dagar från remiss, av alla som väntat.",
            ["Fler patienter får besök inom vårdgarantin", "Kortare väntetider till vård"]),
        new("Väntetid på akutmottagningen, median", "minuter", 0, D.LowerIsBetter, "Verksamhet", P.Month, Hospital,
            ["Akutmottagningen Halmstad"], 245, -8, 215,
            "Mediantid från ankomst till avslutat besök på akutmottagningen.", ["Kortare väntetider till vård"]) { UnitOwn = true },
        new("Medicinsk bedömning inom 3 dagar i primärvården", "%", 1, D.HigherIsBetter, "Målgrupp", P.Year, Hsn,
            [Primary], 80, 1.5m, 85, "Kolada N79173: andel av besöken med medicinsk bedömning inom tre dagar.",
            ["Fler patienter får besök inom vårdgarantin"]) { Kpi = "N79173" },
        new("Telefonsamtal till primärvården besvarade samma dag", "%", 1, D.HigherIsBetter, "Målgrupp", P.Year, Hsn,
            [Primary, "Vårdcentralen Falkenberg"], 86, 1.5m, 92, "Kolada N79179: andel samtal som besvaras samma dag.",
            ["Kortare väntetider till vård"]) { Kpi = "N79179" },
        new("Första bedömning inom barn- och ungdomspsykiatrin inom 30 dagar", "%", 0, D.HigherIsBetter, "Målgrupp", P.Tertial,
            "Psykiatrinämnden", [Psychiatry], 62, 6, 80, "Andel barn och unga som fått en första bedömning inom 30 dagar.",
            ["Snabbare första bedömning inom barn- och ungdomspsykiatrin", "Ökad psykisk hälsa bland unga"]) { ByGender = true },
        new("Överbeläggningar per 100 disponibla vårdplatser", "antal", 1, D.LowerIsBetter, "Verksamhet", P.Month, Hsn,
            [Hospital], 3.2m, -0.3m, 2.4m, "Antal patienter utöver disponibla vårdplatser per 100 platser, snitt per dygn.",
            ["Kortare väntetider till vård"]),
        new("Vårdrelaterade infektioner", "%", 1, D.LowerIsBetter, "Verksamhet", P.Tertial, Hsn,
            [Hospital, "Medicinkliniken Varberg"], 8.5m, -0.4m, 7, "Andel slutenvårdspatienter med en vårdrelaterad infektion vid punktprevalensmätning.", []),
        new("Kostnad för inhyrd personal", "%", 1, D.LowerIsBetter, "Ekonomi", P.Month, Rs,
            [Hospital, Primary, Psychiatry], 4.5m, -0.5m, 2.8m, "Kostnad för inhyrd vårdpersonal i procent av egen personalkostnad.",
            ["Stärkt bemanning i vården", "Säkrad kompetensförsörjning"]),
        new("Sjukfrånvaro", "%", 1, D.LowerIsBetter, "Medarbetare", P.Month, Rs,
            ["Regionkontoret", Hospital, Primary, Psychiatry, "Kollektivtrafikförvaltningen"], 6.8m, -0.2m, 6,
            "Sjukfrånvarotimmar i procent av ordinarie arbetstid.", ["Säkrad kompetensförsörjning"]) { ByGender = true },
        new("Hållbart medarbetarengagemang (HME)", "index", 0, D.HigherIsBetter, "Medarbetare", P.Year, Rs,
            ["Regionkontoret", Hospital, Primary], 77, 1, 80, "Totalindex 0–100 för motivation, ledarskap och styrning i medarbetarenkäten.",
            ["Stärkt bemanning i vården", "Säkrad kompetensförsörjning"]) { ByGender = true },
        new("Personalomsättning", "%", 1, D.LowerIsBetter, "Medarbetare", P.HalfYear, Rs, [Hospital, Primary], 9.5m, -0.3m, 8.5m,
            "Andel tillsvidareanställda som slutat under perioden.", ["Säkrad kompetensförsörjning"]),
        new("Resultat i procent av skatteintäkter", "%", 1, D.HigherIsBetter, "Ekonomi", P.Year, Rs, ["Ekonomiavdelningen"],
            1.2m, 0.4m, 2, "Kolada N63016: årets resultat i procent av skatteintäkter och generella statsbidrag.", [])
            { Kpi = "N63016", Min = -100 },
        new("Nettokostnadsutveckling", "%", 1, D.Neutral, "Ekonomi", P.Year, Rs, ["Ekonomiavdelningen"], 4.6m, -0.4m, 3.5m,
            "Förändring av nettokostnaden mot föregående år; ska ligga i nivå med intäktsutvecklingen.", []) { Min = -100, Tolerance = 15 },
        new("Resor med kollektivtrafik per invånare", "resor/inv", 1, D.HigherIsBetter, "Målgrupp", P.Year, Traffic,
            ["Kollektivtrafikförvaltningen"], 48, 2, 53, "Kolada N60404: antal påstigningar i kollektivtrafiken per invånare.",
            ["Ökat resande med Hallandstrafiken", "Fler resor med kollektivtrafik"]) { Kpi = "N60404" },
        new("Påstigande i Hallandstrafiken", "tusental", 0, D.HigherIsBetter, "Målgrupp", P.Month, Traffic,
            ["Kollektivtrafikförvaltningen"], 1150, 40, 1240, "Antal påstigande per månad i buss och tåg, tusental.",
            ["Ökat resande med Hallandstrafiken"]) { UnitOwn = true },
        new("Turer i tid", "%", 1, D.HigherIsBetter, "Verksamhet", P.Month, Traffic, [], 91, 0.6m, 93,
            "Andel turer som avgår högst tre minuter efter tidtabellen.", ["Fler resor med kollektivtrafik"]) { UnitOwn = true },
        new("Nystartade företag per 1 000 invånare", "antal", 1, D.HigherIsBetter, "Målgrupp", P.Year, "Regionala utvecklingsnämnden",
            ["Regional utveckling"], 9.8m, 0.3m, 10.5m, "Antal nyregistrerade företag per 1 000 invånare 16–64 år.",
            ["Fler företag i Halland växer", "Hållbar tillväxt i hela Halland"]) { UnitOwn = true },
        new("Företag som fått rådgivning", "antal", 0, D.HigherIsBetter, "Verksamhet", P.Tertial, "Regionala utvecklingsnämnden",
            ["Regional utveckling"], 120, 10, 140, "Antal företag som fått affärsrådgivning genom regionens program.",
            ["Fler företag i Halland växer"]) { UnitOwn = true },
        new("Unga deltagare i kulturaktiviteter", "antal", 0, D.HigherIsBetter, "Målgrupp", P.Tertial, "Kultur- och skolnämnden",
            ["Kultur och skola"], 3400, 200, 3900, "Antal deltagartillfällen för 7–25-åringar i regionens kulturverksamhet.",
            ["Fler unga deltar i kulturlivet", "Ökad psykisk hälsa bland unga"]) { UnitOwn = true, ByGender = true },
        new("Fullföljd utbildning på folkhögskola", "%", 0, D.HigherIsBetter, "Verksamhet", P.Year, "Kultur- och skolnämnden",
            ["Kultur och skola"], 84, 1, 88, "Andel deltagare på långa kurser som fullföljer utbildningen.", []) { UnitOwn = true },
    ];
}
