using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Account;

public class LoginModel(SignInManager<AppUser> signIn, IConfiguration config) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [FromQuery]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public OidcOptions? Oidc => ServiceRegistration.Oidc(config);

    public bool LocalAccounts => config.GetValue("Authentication:LocalAccounts", true);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!LocalAccounts)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ErrorMessage = result.IsLockedOut ? Resources.Account.LockedOut : Resources.Account.LoginFailed;
        return Page();
    }

    public sealed class LoginInput
    {
        [Display(Name = nameof(Resources.Account.Email), ResourceType = typeof(Resources.Account))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        public string Email { get; set; } = "";

        [Display(Name = nameof(Resources.Account.Password), ResourceType = typeof(Resources.Account))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
