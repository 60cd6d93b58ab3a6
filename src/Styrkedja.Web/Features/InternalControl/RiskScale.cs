using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl;

/// <summary>How serious a risk value is, read like the goals' traffic light but with four steps.</summary>
public enum RiskLevel
{
    Low,
    Moderate,
    High,
    VeryHigh,
}

/// <summary>
/// The organisation's two scales as loaded for one request: the steps a risk may be given, their names,
/// and how a value reads (low … very high). Steps are only ever added above the top or removed from the
/// top, so each axis runs 1…max without gaps.
/// </summary>
public sealed class RiskScale(IReadOnlyList<RiskScaleStep> probability, IReadOnlyList<RiskScaleStep> consequence)
{
    public IReadOnlyList<RiskScaleStep> Probability { get; } = probability;
    public IReadOnlyList<RiskScaleStep> Consequence { get; } = consequence;

    public static async Task<RiskScale> LoadAsync(StyrkedjaDbContext db)
    {
        var steps = await db.RiskScaleSteps.AsNoTracking().OrderBy(s => s.Value).ToListAsync();
        return new RiskScale(
            steps.Where(s => s.Axis == RiskAxis.Probability).ToList(),
            steps.Where(s => s.Axis == RiskAxis.Consequence).ToList());
    }

    public IReadOnlyList<RiskScaleStep> Steps(RiskAxis axis) => axis == RiskAxis.Probability ? Probability : Consequence;

    public int MaxValue => Top(Probability) * Top(Consequence);

    /// <summary>"3 – Möjlig", or the bare number for a value no longer on the scale.</summary>
    public string NameOf(RiskAxis axis, int value) =>
        Steps(axis).FirstOrDefault(s => s.Value == value) is { } step ? $"{step.Value} – {step.Name}" : value.ToString();

    /// <summary>
    /// Bands by share of the highest possible value; on the 4 × 4 scale 1–3 low, 4–6 moderate, 8–9 high,
    /// 12–16 very high, as the regions' matrices colour them.
    /// </summary>
    public RiskLevel LevelOf(int value)
    {
        var share = MaxValue == 0 ? 0 : (double)value / MaxValue;
        return share switch
        {
            < 0.25 => RiskLevel.Low,
            < 0.5 => RiskLevel.Moderate,
            < 0.75 => RiskLevel.High,
            _ => RiskLevel.VeryHigh,
        };
    }

    /// <summary>Refuses a probability or consequence that is not a step of the scale ("Sannolikheten måste vara 1–4").</summary>
    public void Validate(ModelStateDictionary state, string field, RiskAxis axis, int? value)
    {
        if (value is not { } v || Steps(axis).Any(s => s.Value == v))
            return;
        var steps = Steps(axis);
        var message = axis == RiskAxis.Probability ? RiskText.ProbabilityOutsideScale : RiskText.ConsequenceOutsideScale;
        state.AddModelError(field, string.Format(message, steps.FirstOrDefault()?.Value ?? 0, Top(steps)));
    }

    public static string LevelName(RiskLevel level) => level switch
    {
        RiskLevel.Low => RiskText.LevelLow,
        RiskLevel.Moderate => RiskText.LevelModerate,
        RiskLevel.High => RiskText.LevelHigh,
        _ => RiskText.LevelVeryHigh,
    };

    /// <summary>The CSS class and SVG fill of a level (light tints, so black text keeps its contrast).</summary>
    public static string CssClass(RiskLevel level) => "risk-" + level.ToString().ToLowerInvariant();

    public static string Fill(RiskLevel level) => level switch
    {
        RiskLevel.Low => "#b9e4b4",
        RiskLevel.Moderate => "#fbeb9a",
        RiskLevel.High => "#fcc68f",
        _ => "#f3a3a3",
    };

    private static int Top(IReadOnlyList<RiskScaleStep> steps) => steps.Count == 0 ? 0 : steps[^1].Value;
}
