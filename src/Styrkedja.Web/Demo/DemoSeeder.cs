using Microsoft.AspNetCore.Identity;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Loads the two demo organisations into an empty database: Region Halland's and Region Blekinge's
/// governance models, org trees, goals of last year copied into the current year, grunduppdrag,
/// indicators, plans, activities and follow-up reports of both years, this year's year wheel with its meetings, and one user per role.
/// All content is example data, and the organisations are marked as demo.
/// </summary>
public sealed class DemoSeeder(StyrkedjaDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string Password = "Demo-Styrkedja1";

    public int CurrentYear => clock.GetLocalNow().Year;

    public async Task SeedAsync()
    {
        if (db.Organisations.Any())
            throw new InvalidOperationException("Databasen innehåller redan organisationer; demodata läses bara in i en tom databas.");
        await new HallandDemo(this).SeedAsync();
        await new BlekingeDemo(this).SeedAsync();
        db.OrganisationId = null;
    }

    internal StyrkedjaDbContext Db => db;

    internal TimeProvider Clock => clock;

    internal async Task<Organisation> CreateOrganisationAsync(string name)
    {
        var organisation = new Organisation { Name = name, IsDemo = true };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        db.OrganisationId = organisation.Id;
        return organisation;
    }

    internal async Task<OrgUnit> AddUnitAsync(Organisation org, OrgUnit? parent, string name, OrgUnitKind kind)
    {
        var unit = new OrgUnit { OrganisationId = org.Id, Name = name, Kind = kind };
        await OrgTree.AddAsync(db, unit, parent);
        return unit;
    }

    internal async Task<PlanningYear> AddYearAsync(Organisation org, int year, int horizon)
    {
        var planningYear = new PlanningYear { OrganisationId = org.Id, Year = year, PlanHorizonYears = horizon };
        db.PlanningYears.Add(planningYear);
        await db.SaveChangesAsync();
        return planningYear;
    }

    /// <summary>A new planning year that starts from a copy of the given year's goal chain, as a real year would.</summary>
    internal async Task<PlanningYear> CopyGoalsAsync(PlanningYear from, int year)
    {
        var target = new PlanningYear { OrganisationId = from.OrganisationId, Year = year, PlanHorizonYears = from.PlanHorizonYears };
        db.PlanningYears.Add(target);
        YearCopy.AddCopies(db, await GoalChain.LoadAsync(db, from.Id), target);
        await db.SaveChangesAsync();
        return target;
    }

    internal async Task<Goal> AddGoalAsync(PlanningYear year, GoalLevel level, OrgUnit owner, string title,
        string description, Perspective? perspective = null, params Goal[] contributesTo)
    {
        var goal = new Goal
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, LevelId = level.Id,
            OwnerUnitId = owner.Id, PerspectiveId = perspective?.Id, Title = title, Description = description,
        };
        foreach (var parent in contributesTo)
            goal.ContributesTo.Add(new GoalLink { OrganisationId = year.OrganisationId, ParentGoal = parent });
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        return goal;
    }

    internal async Task AddMissionAsync(OrgUnit unit, string purpose, string laws, string organisation, string partners)
    {
        db.BasicMissions.Add(new BasicMission
        {
            OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, Purpose = purpose, LawsAndDocuments = laws,
            OrganisationAndManagement = organisation, TargetGroupsAndPartners = partners,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A demo user with the shared demo password and one role grant.</summary>
    internal async Task AddUserAsync(Organisation org, string email, string name, Role role, OrgUnit? scope)
    {
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = org.Id,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        db.RoleGrants.Add(new RoleGrant { OrganisationId = org.Id, UserId = user.Id, Role = role, OrgUnitId = scope?.Id });
        await db.SaveChangesAsync();
    }
}
