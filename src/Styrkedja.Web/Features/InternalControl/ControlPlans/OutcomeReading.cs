using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// A control's outcome read as a goal's traffic light: no remarks is green, remarks yellow and serious
/// deficiencies red, with the indicators' badge classes and symbols so the colours mean one thing everywhere.
/// </summary>
public static class OutcomeReading
{
    public static TargetStatus Status(ControlOutcome outcome) => outcome switch
    {
        ControlOutcome.NoRemarks => TargetStatus.Met,
        ControlOutcome.Remarks => TargetStatus.Close,
        _ => TargetStatus.NotMet,
    };

    public static string CssClass(ControlOutcome outcome) => Indicators.TargetReading.CssClass(Status(outcome));

    public static string Symbol(ControlOutcome outcome) => Indicators.TargetReading.Symbol(Status(outcome));
}
