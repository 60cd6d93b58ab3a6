using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Users;

/// <summary>
/// One user: rename, add and remove role grants, unlock. Each form posts to its own handler and binds
/// only its own fields, so one form's validation never trips another's.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class DetailsModel(StyrkedjaDbContext db, UserManager<AppUser> users,
    CurrentUser me, TimeProvider clock) : PageModel
{
    public AppUser Account { get; private set; } = null!;
    public List<RoleGrant> Grants { get; private set; } = [];
    public GrantChoices Choices { get; private set; } = null!;
    public RenameInput Rename { get; private set; } = new();
    public GrantInput Grant { get; private set; } = GrantInput.Default();

    public DateTimeOffset? LockedOutUntil => Account.LockoutEnd > clock.GetUtcNow() ? Account.LockoutEnd : null;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(string id, [Bind(Prefix = "Input")] RenameInput input)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Rename = input;
        if (!ModelState.IsValid)
            return Page();
        // The stamp the form was opened with: a change made meanwhile makes the update match nothing.
        // Saved directly rather than through UserManager.UpdateAsync, whose store re-attaches the user
        // and so compares against the stamp just loaded instead of the form's.
        db.Entry(Account).Property(u => u.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        Account.ConcurrencyStamp = Guid.NewGuid().ToString();
        Account.DisplayName = input.DisplayName.Trim();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", UserText.ConcurrencyConflict);
            ViewData["ReloadUrl"] = $"/Users/Details/{id}";
            return Page();
        }
        TempData["Message"] = string.Format(UserText.Saved, Account.DisplayName);
        return Redirect($"/Users/Details/{id}");
    }

    public async Task<IActionResult> OnPostAddGrantAsync(string id, [Bind(Prefix = "Grant")] GrantInput grant)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Grant = grant;
        Choices.Validate(grant, "Grant", ModelState);
        if (!ModelState.IsValid)
            return Page();
        var added = grant.ToGrant(Account.OrganisationId, Account.Id);
        if (Grants.Any(g => g.Role == added.Role && g.OrgUnitId == added.OrgUnitId))
        {
            added.OrgUnit = Choices.Units.SingleOrDefault(u => u.Id == added.OrgUnitId);
            ModelState.AddModelError("Grant.Role", string.Format(UserText.ErrorGrantExists, GrantChoices.Describe(added)));
            return Page();
        }
        db.RoleGrants.Add(added);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(UserText.GrantAdded, GrantChoices.Describe(added));
        return Redirect($"/Users/Details/{id}");
    }

    public async Task<IActionResult> OnPostRemoveGrantAsync(string id, int grantId)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (Grants.SingleOrDefault(g => g.Id == grantId) is not { } grant)
            return NotFound();
        if (grant.Role == Role.Administrator
            && !await db.RoleGrants.AnyAsync(g => g.Role == Role.Administrator && g.Id != grantId))
        {
            ModelState.AddModelError("", UserText.ErrorLastAdministrator);
            return Page();
        }
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(UserText.GrantRemoved, GrantChoices.Describe(grant));
        return Redirect($"/Users/Details/{id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        TempData["Message"] = string.Format(UserText.Unlocked, Account.DisplayName);
        return Redirect($"/Users/Details/{id}");
    }

    /// <summary>The user, if of this organisation (users are not tenant-filtered), with grants and choices.</summary>
    private async Task<bool> LoadAsync(string id)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.OrganisationId == me.OrganisationId) is not { } account)
            return false;
        Account = account;
        Rename = new RenameInput { DisplayName = account.DisplayName, ConcurrencyStamp = account.ConcurrencyStamp };
        Grants = (await db.RoleGrants.Include(g => g.OrgUnit).Where(g => g.UserId == id).ToListAsync())
            .OrderBy(g => g.Role).ThenBy(g => g.OrgUnit?.Path).ToList();
        Choices = await GrantChoices.LoadAsync(db);
        return true;
    }

    public sealed class RenameInput
    {
        [Display(Name = nameof(UserText.DisplayName), ResourceType = typeof(UserText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string DisplayName { get; set; } = "";

        public string? ConcurrencyStamp { get; set; }
    }
}
