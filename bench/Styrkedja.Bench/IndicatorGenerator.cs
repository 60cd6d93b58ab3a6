using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel.Templates;
using Styrkedja.Web.Features.Organisation;

namespace Styrkedja.Bench;

/// <summary>
/// An organisation at the indicator scale the issue names: 2,000 units, 3,000 monthly indicators each
/// reported by 8 units, ten years of values (≈ 2.9 M), yearly targets, and committee goals measured by
/// three indicators each. Units and indicators go through EF (as the app writes them); adoptions, targets
/// and values are bulk-inserted with one prepared statement in one transaction, because writing three
/// million rows through the change tracker and audit log would measure the generator, not the app.
/// Deterministic (fixed seed).
/// </summary>
public sealed class IndicatorGenerator(StyrkedjaDbContext db, UserManager<AppUser> users)
{
    public const string OrganisationName = "Region Indikatortät (bench)";
    public const string UserEmail = "controller@indikator.bench";
    public const string Password = "Bench-Styrkedja1";
    public const int Committees = 10;
    public const int Indicators = 3000;
    public const int UnitsPerIndicator = 8;
    public const int FirstYear = 2016;
    public const int Years = 10;

    public sealed record Scale(int Units, int Indicators, long Values, int BusiestUnitId, int MeasuredGoalId, int LastYear);

    public async Task<Scale> GenerateAsync()
    {
        var random = new Random(20261126);
        var org = new Organisation { Name = OrganisationName };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        db.OrganisationId = org.Id;
        var levels = await HallandTemplate.Model.ApplyAsync(db, org.Id);
        var units = await UnitsAsync(org);
        var committees = units.Where(u => u.Kind == OrgUnitKind.Namnd).ToList();
        var leaves = units.Where(u => u.Kind == OrgUnitKind.Enhet).ToList();

        var indicators = new List<Indicator>();
        for (var i = 1; i <= Indicators; i++)
            indicators.Add(new Indicator
            {
                OrganisationId = org.Id, Name = $"Indikator {i}", MeasureUnit = i % 3 == 0 ? "%" : "antal", Decimals = 1,
                Periodicity = Periodicity.Month, OwnerUnitId = committees[i % committees.Count].Id,
            });
        db.Indicators.AddRange(indicators);
        await db.SaveChangesAsync();

        var lastYear = FirstYear + Years - 1;
        var year = new PlanningYear { OrganisationId = org.Id, Year = lastYear, PlanHorizonYears = 3 };
        db.PlanningYears.Add(year);
        var goals = committees.Select(c => new Goal
        {
            OrganisationId = org.Id, PlanningYear = year, LevelId = levels[HallandTemplate.CommitteeGoal].Id,
            OwnerUnitId = c.Id, Title = $"{c.Name}, nämndsmål",
        }).ToList();
        db.Goals.AddRange(goals);
        await db.SaveChangesAsync();

        // The busiest leaf reports many indicators: the grid a benchmark opens is a heavy one.
        var busiest = leaves[0];
        var pairs = new List<(int Indicator, int Unit)>();
        foreach (var indicator in indicators)
        {
            var reporting = new HashSet<int> { indicator.OwnerUnitId };
            if (indicator.Id % 25 == 0)
                reporting.Add(busiest.Id);
            while (reporting.Count < UnitsPerIndicator)
                reporting.Add(leaves[random.Next(leaves.Count)].Id);
            pairs.AddRange(reporting.Select(unit => (indicator.Id, unit)));
        }
        long values = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            var adopt = Prepare(connection, tx, "INSERT INTO IndicatorAdoptions (OrganisationId, IndicatorId, OrgUnitId) VALUES ($o, $i, $u)", "$o", "$i", "$u");
            var value = Prepare(connection, tx,
                "INSERT INTO IndicatorValues (OrganisationId, IndicatorId, OrgUnitId, Year, Period, Gender, Value, Comment, Source, CreatedAt, UpdatedAt, Version) " +
                "VALUES ($o, $i, $u, $y, $p, 0, $v, '', 0, $t, $t, 0)", "$o", "$i", "$u", "$y", "$p", "$v", "$t");
            var target = Prepare(connection, tx,
                "INSERT INTO TargetValues (OrganisationId, IndicatorId, Year, OrgUnitId, Value, CreatedAt, UpdatedAt, Version) VALUES ($o, $i, $y, NULL, $v, $t, $t, 0)",
                "$o", "$i", "$y", "$v", "$t");
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            foreach (var (indicatorId, unitId) in pairs)
            {
                await RunAsync(adopt, org.Id, indicatorId, unitId);
                for (var y = FirstYear; y <= lastYear; y++)
                    for (var month = 1; month <= 12; month++)
                    {
                        await RunAsync(value, org.Id, indicatorId, unitId, y, month, (40 + random.Next(0, 600) / 10m).ToString(CultureInfo.InvariantCulture), now);
                        values++;
                    }
            }
            foreach (var indicator in indicators)
                for (var y = FirstYear; y <= lastYear; y++)
                    await RunAsync(target, org.Id, indicator.Id, y, "70.0", now);
            var measure = Prepare(connection, tx, "INSERT INTO GoalIndicators (OrganisationId, GoalId, IndicatorId) VALUES ($o, $g, $i)", "$o", "$g", "$i");
            foreach (var goal in goals)
                foreach (var indicator in indicators.Where(i => i.OwnerUnitId == goal.OwnerUnitId).Take(3))
                    await RunAsync(measure, org.Id, goal.Id, indicator.Id);
            await transaction.CommitAsync();
        }

        var user = new AppUser { UserName = UserEmail, Email = UserEmail, EmailConfirmed = true, DisplayName = "Bench", OrganisationId = org.Id };
        await users.CreateAsync(user, Password);
        db.RoleGrants.Add(new RoleGrant { OrganisationId = org.Id, UserId = user.Id, Role = Role.Controller });
        await db.SaveChangesAsync();
        return new Scale(units.Count, Indicators, values, busiest.Id, goals[0].Id, lastYear);
    }

    /// <summary>Fullmäktige, styrelse, 10 committees × 4 administrations × 49 units ≈ 2,000 units.</summary>
    private async Task<List<OrgUnit>> UnitsAsync(Organisation org)
    {
        var all = new List<OrgUnit>();
        async Task<OrgUnit> Add(OrgUnit? parent, string name, OrgUnitKind kind)
        {
            var unit = new OrgUnit { OrganisationId = org.Id, Name = name, Kind = kind };
            await OrgTree.AddAsync(db, unit, parent);
            all.Add(unit);
            return unit;
        }
        var rf = await Add(null, "Regionfullmäktige", OrgUnitKind.Fullmaktige);
        await Add(rf, "Regionstyrelsen", OrgUnitKind.Styrelse);
        for (var c = 1; c <= Committees; c++)
        {
            var committee = await Add(rf, $"Nämnd {c}", OrgUnitKind.Namnd);
            for (var a = 1; a <= 4; a++)
            {
                var administration = await Add(committee, $"Förvaltning {c}.{a}", OrgUnitKind.Forvaltning);
                for (var e = 1; e <= 49; e++)
                    await Add(administration, $"Enhet {c}.{a}.{e}", OrgUnitKind.Enhet);
            }
        }
        return all;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static async Task RunAsync(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync();
    }
}
