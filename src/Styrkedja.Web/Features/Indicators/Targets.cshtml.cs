using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// The målvärden of one year: one for the whole organisation, and optionally one per reporting unit. An
/// empty field removes the target. Each row carries its own version, so two people setting different
/// units' targets do not collide, while two setting the same one do.
/// </summary>
public class TargetsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed class RowInput
    {
        /// <summary>Empty for the whole organisation.</summary>
        public int? UnitId { get; set; }
        public string? Value { get; set; }
        public int Version { get; set; }
    }

    /// <summary>A row of the form: the unit (null: the whole organisation), its target, whether the user may change it.</summary>
    public sealed record Row(OrgUnit? Unit, TargetValue? Target, bool MayChange);

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public List<RowInput> Input { get; set; } = [];

    public Indicator Indicator { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = Rows.Select(r => new RowInput
        {
            UnitId = r.Unit?.Id,
            Value = r.Target is { } t ? ValueRules.FormatForInput(t.Value) : null,
            Version = r.Target?.Version ?? 0,
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var parsed = new List<(Row Row, decimal? Value, int Version)>();
        for (var i = 0; i < Input.Count; i++)
        {
            var posted = Input[i];
            var row = Rows.FirstOrDefault(r => r.Unit?.Id == posted.UnitId);
            if (row is null || !row.MayChange)
                return row is null ? BadRequest() : Forbid();
            var key = $"Input[{i}].Value";
            if (!ValueRules.TryParse(posted.Value, out var value, out var error) ||
                (error = ValueRules.Check(Indicator, 1, Gender.Total, value)) is not null)
                ModelState.AddModelError(key, error!);
            parsed.Add((row, value, posted.Version));
        }
        if (!ModelState.IsValid)
            return Page();

        foreach (var (row, value, version) in parsed.Where(p => p.Value != p.Row.Target?.Value))
        {
            if (row.Target is { } target)
            {
                db.ExpectVersion(target, version);
                if (value is { } changed)
                    target.Value = changed;
                else
                    db.TargetValues.Remove(target);
            }
            else
            {
                db.TargetValues.Add(new TargetValue
                {
                    OrganisationId = Indicator.OrganisationId, IndicatorId = Indicator.Id, Year = Year,
                    OrgUnitId = row.Unit?.Id, Value = value!.Value,
                });
            }
        }
        if (!await this.TrySaveOrShowConflictAsync(db, IndicatorText.TargetNoun, clock))
            return Page();
        TempData["Message"] = string.Format(IndicatorText.TargetsSaved, Year);
        return Redirect($"/Indicators/Details/{id}#targets");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var indicator = await db.FindForChangeAsync(id);
        if (indicator is null)
            return NotFound();
        Indicator = indicator;
        if (Year == 0)
            Year = clock.GetLocalNow().Year;
        var targets = await db.TargetValues.Where(t => t.IndicatorId == id && t.Year == Year).ToListAsync();
        var adopted = indicator.Adoptions.Select(a => a.OrgUnitId).ToHashSet();
        var units = (await OrgTree.LoadAsync(db)).InTreeOrder().Where(u => adopted.Contains(u.Id));
        Rows.Add(new Row(null, targets.FirstOrDefault(t => t.OrgUnitId is null), await access.MayEditAsync(indicator)));
        foreach (var unit in units)
            Rows.Add(new Row(unit, targets.FirstOrDefault(t => t.OrgUnitId == unit.Id), await access.MayChangeForUnitAsync(indicator, unit)));
        return Rows.Any(r => r.MayChange) ? null : Forbid();
    }
}
