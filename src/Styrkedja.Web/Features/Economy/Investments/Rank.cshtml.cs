using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// /Economy/Investments/Rank/{id}: the regional staff's combined assessment, one form for every need of the
/// plan: a place in the ranking across committees (1 first, each place once, empty for not ranked) and a
/// comment. Saved as a change of the plan at the version the form saw, so two people ranking at once do not
/// mix their orders.
/// </summary>
public class RankModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : InvestmentPlanPageModel(db, access, clock)
{
    [BindProperty]
    public RankInput Input { get; set; } = new();

    public List<InvestmentNeed> Needs { get; private set; } = [];

    public static string RankField(int index) => $"Input.Rows[{index}].Rank";
    public static string CommentField(int index) => $"Input.Rows[{index}].Comment";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new RankInput
        {
            Version = Plan.Version,
            Rows = Needs.Select(n => new RankRow { NeedId = n.Id, Rank = n.CentralRank?.ToString(), Comment = n.AssessmentComment }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        // The rows are matched to the plan's needs by id; a need not posted keeps its rank, one of another plan is ignored.
        var posted = Input.Rows.Select((row, index) => (row, index)).Where(r => Needs.Any(n => n.Id == r.row.NeedId)).ToList();
        var ranks = new Dictionary<int, int?>();
        foreach (var (row, index) in posted)
        {
            if (string.IsNullOrWhiteSpace(row.Rank))
                ranks[index] = null;
            else if (int.TryParse(row.Rank.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank > 0)
                ranks[index] = rank;
            else
                ModelState.AddModelError(RankField(index), InvestmentText.ErrorRankPositive);
        }
        foreach (var duplicate in ranks.Where(r => r.Value is not null).GroupBy(r => r.Value).Where(g => g.Count() > 1))
            foreach (var (index, _) in duplicate)
                ModelState.AddModelError(RankField(index), string.Format(InvestmentText.ErrorRankDuplicate, duplicate.Key));
        if (!ModelState.IsValid)
        {
            // The form shows the needs in the order posted, each with what was typed.
            Needs = posted.Select(p => Needs.Single(n => n.Id == p.row.NeedId)).ToList();
            Input.Rows = posted.Select(p => p.row).ToList();
            return Page();
        }
        foreach (var (row, index) in posted)
        {
            var need = Needs.Single(n => n.Id == row.NeedId);
            need.CentralRank = ranks[index];
            need.AssessmentComment = row.Comment?.Trim() ?? "";
        }
        Db.ExpectVersion(Plan, Input.Version, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(Db, InvestmentText.PlanNoun, Clock))
            return Page();
        return BackToPlan(message: InvestmentText.Ranked);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadPlanAsync(id, InvestmentUse.Assess) is { } refusal)
            return refusal;
        var needs = await Db.InvestmentNeeds.Include(n => n.OrgUnit).Include(n => n.Amounts)
            .Where(n => n.InvestmentPlanId == id).ToListAsync();
        // The order of the plan page, so the staff rank in the order they read.
        Needs = InvestmentSummary.Build(Plan.PlanningYear!.Year, needs, [], null).Needs.ToList();
        return null;
    }
}
