using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.ApiKeys;

/// <summary>
/// Issues a key for the administrator's organisation. The key is shown in the answer to the POST and
/// nowhere else (not in a redirect, TempData or the database, which keeps only its hash).
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, CurrentUser me) : PageModel
{
    [BindProperty]
    public KeyInput Input { get; set; } = new();

    /// <summary>Set only in the answer to a successful POST.</summary>
    public IssuedKey? Issued { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var issued = ApiKeySecret.Issue();
        db.ApiKeys.Add(new ApiKey
        {
            OrganisationId = me.OrganisationId!.Value, Name = Input.Name.Trim(), Prefix = issued.Prefix, KeyHash = issued.Hash,
        });
        await db.SaveChangesAsync();
        Issued = issued;
        return Page();
    }

    public sealed class KeyInput
    {
        [Display(Name = nameof(ExchangeText.KeyName), ResourceType = typeof(ExchangeText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string Name { get; set; } = "";
    }
}
