using System.Text;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Ledger;

namespace Styrkedja.Web.Tests.Features.Economy.Ledger;

/// <summary>The real ledger exports kept with the SIE reader's tests, and mappings that fit them.</summary>
public static class LedgerSamples
{
    public static readonly string[] Importable =
    [
        "BL0001_typ4.SE", "MAMUT_SIE4_EXPORT.SE", "Norstedts_Bokslut_SIE_4I.si", "SIE4_Exempelfil_med_underdim.SE",
        "Sie4.si", "objektsaldo_ovnbolag.se", "periodsaldo_ovnbolag.se", "transaktioner_ovnbolag.se",
    ];

    public static readonly Encoding Cp437 = CreateCp437();

    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Styrkedja.Sie.Tests", "Samples", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"Sample {name} not found above {AppContext.BaseDirectory}.");
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>
    /// Replaces the organisation's mappings with the BAS chart, maps every object of dimension 1 the file
    /// uses to <paramref name="unitId"/>, and every result account outside BAS's classes to a line "Övrigt".
    /// </summary>
    public static async Task MapEverythingAsync(StyrkedjaDbContext db, byte[] file, int unitId)
    {
        var organisationId = db.OrganisationId!.Value;
        db.LedgerObjectMappings.RemoveRange(await db.LedgerObjectMappings.ToListAsync());
        await LedgerChart.Bas.ApplyAsync(db, organisationId);
        await db.SaveChangesAsync();
        var reading = await new LedgerImporter(db).ReadAsync(new MemoryStream(file));
        db.LedgerObjectMappings.AddRange(reading.UnmappedObjects.Select(o => new LedgerObjectMapping
        {
            OrganisationId = organisationId, Dimension = 1, ObjectCode = o.Code, OrgUnitId = unitId,
        }));
        if (reading.UnmappedAccounts.Count > 0)
        {
            var other = await db.BudgetLines.SingleOrDefaultAsync(l => l.Name == "Övrigt")
                ?? db.BudgetLines.Add(new BudgetLine { OrganisationId = organisationId, Name = "Övrigt", SortOrder = 99 }).Entity;
            foreach (var (number, _) in reading.UnmappedAccounts)
                db.AccountMappings.Add(new AccountMapping
                {
                    OrganisationId = organisationId, FromAccount = int.Parse(number), ToAccount = int.Parse(number), BudgetLine = other,
                });
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static Encoding CreateCp437()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437);
    }
}
