using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>
/// Default account mappings at class/group level for the two charts Swedish ledgers use: BAS (companies,
/// and the sample files) and Kommun-Bas/RS-BAS (municipalities and regions). Four-digit accounts; class 1
/// and 2 are the balance sheet and never outcome, so they have no range.
/// </summary>
public sealed record LedgerChart(string Key, string Name, IReadOnlyList<LedgerChart.Range> Ranges)
{
    public sealed record Range(int From, int To, string Line);

    public static readonly LedgerChart Bas = new("bas", "BAS (företag)",
    [
        new(3000, 3999, "Intäkter"),
        new(4000, 4999, "Material och varor"),
        new(5000, 6999, "Övriga externa kostnader"),
        new(7000, 7699, "Personalkostnader"),
        new(7700, 7899, "Avskrivningar"),
        new(7900, 7999, "Övriga kostnader"),
        new(8000, 8999, "Finansiella poster"),
    ]);

    public static readonly LedgerChart KommunBas = new("kommunbas", "Kommun-Bas/RS-BAS (kommuner och regioner)",
    [
        new(3000, 3999, "Verksamhetens intäkter"),
        new(4000, 4999, "Material och tjänster"),
        new(5000, 5999, "Personalkostnader"),
        new(6000, 7799, "Övriga kostnader"),
        new(7800, 7899, "Avskrivningar"),
        new(7900, 7999, "Övriga kostnader"),
        new(8000, 8999, "Skatteintäkter, generella statsbidrag och finansiella poster"),
    ]);

    public static readonly IReadOnlyList<LedgerChart> All = [Bas, KommunBas];

    public static LedgerChart? Find(string? key) => All.FirstOrDefault(c => c.Key == key);

    /// <summary>
    /// Replaces the organisation's account mappings with this chart's ranges, reusing budget lines of the
    /// same name and creating the missing ones (so outcome already imported keeps its lines). Saved by the caller.
    /// </summary>
    public async Task ApplyAsync(StyrkedjaDbContext db, int organisationId)
    {
        db.AccountMappings.RemoveRange(await db.AccountMappings.ToListAsync());
        var lines = await db.BudgetLines.ToListAsync();
        var next = lines.Count == 0 ? 1 : lines.Max(l => l.SortOrder) + 1;
        foreach (var range in Ranges)
        {
            var line = lines.FirstOrDefault(l => l.Name == range.Line);
            if (line is null)
            {
                line = new BudgetLine { OrganisationId = organisationId, Name = range.Line, SortOrder = next++ };
                lines.Add(line);
                db.BudgetLines.Add(line);
            }
            db.AccountMappings.Add(new AccountMapping
            {
                OrganisationId = organisationId, FromAccount = range.From, ToAccount = range.To, BudgetLine = line,
            });
        }
    }
}
