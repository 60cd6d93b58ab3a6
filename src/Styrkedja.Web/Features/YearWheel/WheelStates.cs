using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>The symbol shown with each state's word (the word carries the meaning; the symbol helps the eye).</summary>
public static class WheelStates
{
    public static string Symbol(YearWheelState state) => state switch
    {
        YearWheelState.Done => "✓",
        YearWheelState.Late => "⚠",
        YearWheelState.Due => "◷",
        _ => "○",
    };
}
