using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Ledger;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's ledger: the Kommun-Bas/RS-BAS account ranges, an object code for each
/// operating unit, and two SIE 4 files made here (deterministically) and imported through the same
/// <see cref="LedgerImporter"/> as the page — last year's twelve months and this year's up to last month,
/// each with vouchers per unit and month and a monthly budget (#PBUDGET) for the whole year. Some units run
/// over budget. All of it is example data.
/// </summary>
internal sealed class LedgerDemo(DemoSeeder seed)
{
    /// <summary>Accounts of the chart with each one's share of a unit's yearly gross cost (revenue negative).</summary>
    private static readonly (int Account, string Name, decimal Share)[] Accounts =
    [
        (3110, "Patientavgifter och biljettintäkter", -0.12m),
        (4610, "Köpt verksamhet", 0.14m),
        (4910, "Förbrukningsmaterial", 0.08m),
        (5110, "Löner", 0.41m),
        (5410, "Sociala avgifter", 0.16m),
        (6110, "Lokalhyror", 0.09m),
        (6910, "Övriga verksamhetskostnader", 0.07m),
        (7810, "Avskrivningar på inventarier", 0.05m),
    ];

    private const int BankAccount = 1930;

    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear)
    {
        var db = seed.Db;
        var orgId = thisYear.OrganisationId;
        var organisation = await db.Organisations.SingleAsync(o => o.Id == orgId);
        var units = (await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Forvaltning || u.Kind == OrgUnitKind.Verksamhet || u.Kind == OrgUnitKind.Enhet)
            .OrderBy(u => u.Path).ToListAsync()).Where(u => !u.IsClosed).Select((u, i) => (Unit: u, Code: (100 + 10 * i).ToString(CultureInfo.InvariantCulture))).ToList();
        await LedgerChart.KommunBas.ApplyAsync(db, orgId);
        db.LedgerObjectMappings.AddRange(units.Select(u => new LedgerObjectMapping
        {
            OrganisationId = orgId, Dimension = LedgerMappingSet.DefaultDimension, ObjectCode = u.Code, OrgUnitId = u.Unit.Id,
        }));
        await db.SaveChangesAsync();

        var today = DateOnly.FromDateTime(seed.Clock.GetLocalNow().DateTime);
        var importer = new LedgerImporter(db);
        foreach (var (year, lastMonth) in new[] { (lastYear.Year, 12), (thisYear.Year, today.Year == thisYear.Year ? today.Month - 1 : 12) })
        {
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(File(organisation.Name, units, year, lastMonth, today)));
            await importer.ImportAsync(file, $"demo-huvudbok-{year}.se");
        }
    }

    private static string File(string company, List<(OrgUnit Unit, string Code)> units, int year, int lastMonth, DateOnly generated)
    {
        var sie = new StringBuilder();
        void Line(string text) => sie.Append(text).Append('\n');
        Line("#FLAGGA 0");
        Line("#FORMAT PC8");
        Line("#SIETYP 4");
        Line("#PROGRAM \"Styrkedja demo\" 1.0");
        Line($"#GEN {generated:yyyyMMdd}");
        Line($"#FNAMN \"{company}\"");
        Line($"#RAR 0 {year}0101 {year}1231");
        Line("#DIM 1 \"Resultatenhet\"");
        foreach (var (unit, code) in units)
            Line($"#OBJEKT 1 \"{code}\" \"{unit.Name}\"");
        Line($"#KONTO {BankAccount} \"Bank\"");
        foreach (var account in Accounts)
            Line($"#KONTO {account.Account} \"{account.Name}\"");

        // The same seed every run: the demo's figures are the same in every database.
        var random = new Random(year);
        var voucher = 0;
        foreach (var (index, (_, code)) in units.Index())
        {
            // 40–480 Mkr a year, and every fourth unit spends about 6 % more than its budget.
            var yearly = 40_000_000m * (1 + index * 7 % 12);
            var overrun = index % 4 == 1 ? 1.06m : 1m;
            for (var month = 1; month <= 12; month++)
            {
                foreach (var (account, _, share) in Accounts)
                    Line($"#PBUDGET 0 {year}{month:D2} {account} {{1 \"{code}\"}} {Amount(yearly * share / 12)}");
                if (month > lastMonth)
                    continue;
                var date = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
                foreach (var (account, name, share) in Accounts)
                {
                    var noise = 1m + (decimal)(random.NextDouble() * 0.06 - 0.03);
                    var amount = Math.Round(yearly * share / 12 * noise * (share > 0 ? overrun : 1m), 2);
                    Line($"#VER \"A\" {++voucher} {date:yyyyMMdd} \"{name} {code}\"");
                    Line("{");
                    Line($"#TRANS {account} {{1 \"{code}\"}} {Amount(amount)}");
                    Line($"#TRANS {BankAccount} {{}} {Amount(-amount)}");
                    Line("}");
                }
            }
        }
        return sie.ToString();
    }

    private static string Amount(decimal amount) => Math.Round(amount, 2).ToString("0.00", CultureInfo.InvariantCulture);
}
