using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Users;

/// <summary>
/// A new user of the organisation with a first role. Without a password the user can log in only
/// through the organisation's OIDC provider, matched on the e-mail.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, UserManager<AppUser> users, IOptions<IdentityOptions> identity,
    CurrentUser me) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    public GrantChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Choices = await GrantChoices.LoadAsync(db);
        Grant = GrantInput.Default();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Choices = await GrantChoices.LoadAsync(db);
        Choices.Validate(Grant, nameof(Grant), ModelState);
        if (!ModelState.IsValid)
            return Page();
        // E-mail is the login name across all organisations, so it must be unique across them too.
        var email = Input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError("Input.Email", string.Format(UserText.ErrorEmailTaken, email));
            return Page();
        }

        var organisationId = me.OrganisationId!.Value;
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = Input.DisplayName.Trim(),
            OrganisationId = organisationId,
        };
        // The user and the first grant are stored together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = string.IsNullOrEmpty(Input.Password)
            ? await users.CreateAsync(user)
            : await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            GrantChoices.AddErrors(result, identity.Value, ModelState);
            return Page();
        }
        db.RoleGrants.Add(Grant.ToGrant(organisationId, user.Id));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = string.Format(UserText.UserCreated, user.DisplayName);
        return Redirect($"/Users/Details/{user.Id}");
    }

    public sealed class NewUserInput
    {
        [Display(Name = nameof(UserText.DisplayName), ResourceType = typeof(UserText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string DisplayName { get; set; } = "";

        [Display(Name = nameof(UserText.Email), ResourceType = typeof(UserText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(256, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        [EmailAddress(ErrorMessageResourceName = nameof(UserText.ErrorEmailInvalid), ErrorMessageResourceType = typeof(UserText))]
        public string Email { get; set; } = "";

        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
