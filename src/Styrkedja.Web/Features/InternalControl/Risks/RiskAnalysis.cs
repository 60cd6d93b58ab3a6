using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>One risk as the matrix and the table show it: numbered so the matrix cells can name it briefly.</summary>
public sealed record NumberedRisk(int Number, Risk Risk);

/// <summary>A unit's risks of a year, numbered highest value first, so that number 1 is the gravest.</summary>
public static class RiskAnalysis
{
    public static async Task<List<NumberedRisk>> LoadAsync(StyrkedjaDbContext db, int unitId, int planningYearId)
    {
        var risks = await db.Risks.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.PlanningYearId == planningYearId).ToListAsync();
        return risks.OrderByDescending(r => r.Value).ThenByDescending(r => r.Consequence).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .Select((r, i) => new NumberedRisk(i + 1, r)).ToList();
    }

    /// <summary>
    /// The risk and the rows it was carried from, newest first, as far back as they go (a chain of one row per
    /// year; the guard stops a damaged chain that loops).
    /// </summary>
    public static async Task<List<Risk>> HistoryAsync(StyrkedjaDbContext db, Risk risk)
    {
        var history = new List<Risk>();
        var nextId = risk.CarriedFromId;
        while (nextId is { } id && history.Count < 100 && history.All(h => h.Id != id))
        {
            var earlier = await db.Risks.AsNoTracking().Include(r => r.PlanningYear).SingleOrDefaultAsync(r => r.Id == id);
            if (earlier is null)
                break;
            history.Add(earlier);
            nextId = earlier.CarriedFromId;
        }
        return history;
    }
}

/// <summary>The model of the history partial: the earlier years of a carried risk.</summary>
public sealed record RiskHistoryView(IReadOnlyList<Risk> History, RiskScale Scale);
