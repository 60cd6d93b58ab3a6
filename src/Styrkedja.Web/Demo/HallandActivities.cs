using S = Styrkedja.Web.Domain.ActivityStatus;

namespace Styrkedja.Web.Demo;

/// <summary>Region Halland's example activities (example data), one of every status and one overdue.</summary>
internal static class HallandActivities
{
    private const string Hsn = "redaktor.hsn@halland.demo";
    private const string Run = "redaktor.run@halland.demo";

    public static readonly DemoActivity[] All =
    [
        new("Hallands sjukhus", "Digital incheckning på akutmottagningen", "Fler patienter får besök inom vårdgarantin",
            Hsn, S.InProgress, 60, -200, 60,
            "Incheckningen är i drift i Halmstad; Varberg följer efter sommaren.", "Väntetiden till triage har minskat med tio minuter."),
        new("Hallands sjukhus", "Rekryteringskampanj för sjuksköterskor", "Stärkt bemanning i vården",
            Hsn, S.Done, 100, -300, -120, "Kampanjen gav 34 nya sjuksköterskor."),
        new("Närsjukvården Halland", "Utökad telefontillgänglighet i primärvården", "Fler patienter får besök inom vårdgarantin",
            Hsn, S.InProgress, 80, -150, -20, "Återuppringning införd på sju av nio vårdcentraler."),
        new("Närsjukvården Halland", "Utbildning i vårdgarantins regler", "Fler patienter får besök inom vårdgarantin",
            Hsn, S.NotStarted, 0, 14, 120),
        new("Hälso- och sjukvårdsnämnden", "Ny rutin för remisshantering", "Stärkt bemanning i vården",
            Hsn, S.Delayed, 40, -100, 45, "Försenad: det nya journalsystemet levereras senare än planerat."),
        new("Hallands sjukhus", "Pilot med nattöppen vårdcentral", "Fler patienter får besök inom vårdgarantin",
            null, S.Cancelled, 10, -250, -60, "Avbruten efter beslut i nämnden: för få besök nattetid."),
        new("Regional utveckling", "Företagslotsar i alla kommuner", "Fler företag i Halland växer",
            Run, S.InProgress, 50, -180, 150),
        new("Kollektivtrafikförvaltningen", "Översyn av linjenätet", "Ökat resande med Hallandstrafiken",
            null, S.NotStarted, 0, null, null),
    ];
}
