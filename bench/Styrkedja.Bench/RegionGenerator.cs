using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.GovernanceModel.Templates;

namespace Styrkedja.Bench;

/// <summary>
/// Builds an organisation at region scale with Halland's model: 14 committees with 4 administrations
/// of 6 units each, and per planning year 6 focus areas × 5 goals and 30 committee goals per
/// committee, each contributing to one to three assembly goals. Deterministic (fixed seed).
/// </summary>
public sealed class RegionGenerator(StyrkedjaDbContext db, UserManager<AppUser> users)
{
    public const string OrganisationName = "Region Storskalig (bench)";
    public const string UserEmail = "controller@bench.test";
    public const string Password = "Bench-Styrkedja1";
    public const int Committees = 14;
    public const int CommitteeGoalsPerCommittee = 30;

    public async Task<(int GoalsPerYear, int Units)> GenerateAsync(int years)
    {
        var random = new Random(20261125);
        var org = new Organisation { Name = OrganisationName };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        db.OrganisationId = org.Id;
        var levels = await HallandTemplate.Model.ApplyAsync(db, org.Id);

        var rf = await UnitAsync(org, null, "Regionfullmäktige", OrgUnitKind.Fullmaktige);
        await UnitAsync(org, rf, "Regionstyrelsen", OrgUnitKind.Styrelse);
        var committees = new List<OrgUnit>();
        var unitCount = 2;
        for (var c = 1; c <= Committees; c++)
        {
            var committee = await UnitAsync(org, rf, $"Nämnd {c}", OrgUnitKind.Namnd);
            committees.Add(committee);
            unitCount++;
            for (var a = 1; a <= 4; a++)
            {
                var administration = await UnitAsync(org, committee, $"Förvaltning {c}.{a}", OrgUnitKind.Forvaltning);
                for (var v = 1; v <= 6; v++)
                    await UnitAsync(org, administration, $"Verksamhet {c}.{a}.{v}", OrgUnitKind.Verksamhet);
                unitCount += 7;
            }
        }

        var goalsPerYear = 0;
        for (var y = 0; y < years; y++)
        {
            var year = new PlanningYear { OrganisationId = org.Id, Year = 2020 + y, PlanHorizonYears = 3 };
            db.PlanningYears.Add(year);
            var assemblyGoals = new List<Goal>();
            for (var f = 1; f <= 6; f++)
            {
                var focus = NewGoal(year, levels[HallandTemplate.Focus], rf, $"Fokusområde {f}");
                for (var g = 1; g <= 5; g++)
                {
                    var goal = NewGoal(year, levels[HallandTemplate.Goal], rf, $"Mål {f}.{g}");
                    goal.ContributesTo.Add(new GoalLink { OrganisationId = org.Id, ParentGoal = focus });
                    assemblyGoals.Add(goal);
                }
            }
            foreach (var committee in committees)
                for (var n = 1; n <= CommitteeGoalsPerCommittee; n++)
                {
                    var goal = NewGoal(year, levels[HallandTemplate.CommitteeGoal], committee, $"{committee.Name}, nämndsmål {n}");
                    foreach (var parent in assemblyGoals.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
                        goal.ContributesTo.Add(new GoalLink { OrganisationId = org.Id, ParentGoal = parent });
                }
            await db.SaveChangesAsync();
            goalsPerYear = 6 + assemblyGoals.Count + committees.Count * CommitteeGoalsPerCommittee;
        }

        var user = new AppUser
        {
            UserName = UserEmail, Email = UserEmail, EmailConfirmed = true, DisplayName = "Bench", OrganisationId = org.Id,
        };
        await users.CreateAsync(user, Password);
        db.RoleGrants.Add(new RoleGrant { OrganisationId = org.Id, UserId = user.Id, Role = Role.Controller });
        await db.SaveChangesAsync();
        return (goalsPerYear, unitCount);
    }

    private Goal NewGoal(PlanningYear year, GoalLevel level, OrgUnit owner, string title)
    {
        var goal = new Goal
        {
            OrganisationId = owner.OrganisationId, PlanningYear = year, LevelId = level.Id, OwnerUnitId = owner.Id,
            Title = title, Description = "Genererat mål för prestandamätning.",
        };
        db.Goals.Add(goal);
        return goal;
    }

    private async Task<OrgUnit> UnitAsync(Organisation org, OrgUnit? parent, string name, OrgUnitKind kind)
    {
        var unit = new OrgUnit { OrganisationId = org.Id, Name = name, Kind = kind };
        await OrgTree.AddAsync(db, unit, parent);
        return unit;
    }

    public Task<int> YearIdAsync(int year) =>
        db.PlanningYears.Where(y => y.Year == year).Select(y => y.Id).SingleAsync();
}
