using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Reports.Rounds;

public static class RoundLoader
{
    /// <summary>A round with its type, year and every unit's report (units in tree order), or null when not found.</summary>
    public static async Task<ReportRound?> LoadAsync(StyrkedjaDbContext db, int id)
    {
        var round = await db.ReportRounds
            .Include(r => r.ReportType).Include(r => r.PlanningYear)
            .Include(r => r.Reports).ThenInclude(r => r.OrgUnit)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id);
        round?.Reports.Sort((a, b) => string.CompareOrdinal(a.OrgUnit!.Path, b.OrgUnit!.Path));
        return round;
    }

    public static string Title(ReportRound round) =>
        ReportRules.RoundTitle(round.ReportType!, round.PlanningYear!.Year, round.Month);

    public static string DetailsUrl(int roundId) => $"/Reports/Rounds/Details/{roundId}";
}

/// <summary>How far a round has come: its reports per state, and how many are late.</summary>
public sealed record RoundProgress(IReadOnlyDictionary<ReportState, int> Counts, int Late, int Total)
{
    public static RoundProgress Of(IEnumerable<Report> reports, DateOnly today)
    {
        var list = reports.ToList();
        return new RoundProgress(list.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count()),
            list.Count(r => r.IsLate(today)), list.Count);
    }

    /// <summary>The states that occur, in workflow order, with their counts.</summary>
    public IEnumerable<(ReportState State, int Count)> Occurring =>
        Enum.GetValues<ReportState>().Where(Counts.ContainsKey).Select(s => (s, Counts[s]));
}
