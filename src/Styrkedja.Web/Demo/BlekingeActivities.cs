using S = Styrkedja.Web.Domain.ActivityStatus;

namespace Styrkedja.Web.Demo;

/// <summary>Region Blekinge's example activities (example data), one of every status and one overdue.</summary>
internal static class BlekingeActivities
{
    private const string Hsn = "redaktor.hsn@blekinge.demo";
    private const string Tn = "redaktor.tn@blekinge.demo";

    public static readonly DemoActivity[] All =
    [
        new("Primärvårdsförvaltningen", "Videobesök på alla vårdcentraler", "Utöka antalet digitala vårdbesök i primärvården",
            Hsn, S.InProgress, 70, -220, 40, "Fem vårdcentraler har börjat med videobesök.", "Åtta av tio vårdcentraler erbjuder videobesök."),
        new("Primärvårdsförvaltningen", "Kallelser till hälsosamtal", "Införa hälsosamtal för 40-, 50- och 60-åringar",
            Hsn, S.Done, 100, -320, -150, "Alla 40-, 50- och 60-åringar i Karlshamn har fått kallelse."),
        new("Förvaltningen för somatisk vård", "Egen bemanningspool", "Minska kostnaden för inhyrd personal",
            Hsn, S.InProgress, 55, -160, -15, "Poolen har 12 sjuksköterskor; målet är 20."),
        new("Hälso- och sjukvårdsnämnden", "Uppföljning av hyrkostnader varje månad", "Minska kostnaden för inhyrd personal",
            Hsn, S.NotStarted, 0, 20, 200),
        new("Trafikförvaltningen", "Upphandling av biogasbussar", "Alla regionbussar drivs med förnybart bränsle",
            Tn, S.Delayed, 30, -120, 90, "Försenad: överprövning av upphandlingen."),
        new("Trafikförvaltningen", "Elbusspilot i Karlskrona", "Alla regionbussar drivs med förnybart bränsle",
            Tn, S.Cancelled, 15, -260, -90, "Avbruten: laddinfrastrukturen blev för dyr i nuläget."),
        new("Regional utveckling", "Rådgivning om grön omställning för små företag", "Stödja företag i den gröna omställningen",
            null, S.InProgress, 40, -140, 120),
        new("Kultur och bildning", "Kulturskola på loven", "Fler unga deltar i kulturaktiviteter",
            null, S.NotStarted, 0, null, null),
    ];
}
