using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Users;

/// <summary>
/// What a grant may be given over (the organisation's open units, or all of it) and the Swedish
/// wording of grants. Shared by the create and details pages.
/// </summary>
public sealed class GrantChoices
{
    public required List<OrgUnit> Units { get; init; }

    public static async Task<GrantChoices> LoadAsync(StyrkedjaDbContext db) =>
        new() { Units = await db.OrgUnits.Where(u => u.ClosedOn == null).OrderBy(u => u.Path).ToListAsync() };

    public static IReadOnlyList<FieldOption> RoleOptions(GrantInput input) =>
        Enum.GetValues<Role>().Select(r => new FieldOption(r.ToString(), Labels.For(r), r == input.Role)).ToList();

    public IReadOnlyList<FieldOption> UnitOptions(GrantInput input) =>
        new[] { new FieldOption("", UserText.WholeOrganisationOption, input.UnitId is null) }
            .Concat(Units.Select(u => new FieldOption(u.Id.ToString(), $"{u.Name} ({Labels.For(u.Kind).ToLowerInvariant()})", u.Id == input.UnitId)))
            .ToList();

    /// <summary>A role the product knows, over an open unit of this organisation (or all of it).</summary>
    public void Validate(GrantInput input, string prefix, ModelStateDictionary state)
    {
        if (input.Role is { } role && !Enum.IsDefined(role))
            state.AddModelError($"{prefix}.Role", UserText.ErrorRoleUnknown);
        if (input.UnitId is not null && Units.All(u => u.Id != input.UnitId))
            state.AddModelError($"{prefix}.UnitId", UserText.ErrorUnitUnknown);
    }

    /// <summary>"Redaktör: Hälso- och sjukvårdsnämnden", "Läsare: hela organisationen".</summary>
    public static string Describe(RoleGrant grant) =>
        string.Format(UserText.GrantText, Labels.For(grant.Role), grant.OrgUnit?.Name ?? UserText.WholeOrganisation);

    /// <summary>Identity's (English) errors as Swedish messages next to the field they concern.</summary>
    public static void AddErrors(IdentityResult result, IdentityOptions options, ModelStateDictionary state)
    {
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) =>
                    ("Input.Password", string.Format(UserText.PasswordTooShort, options.Password.RequiredLength)),
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => ("Input.Password", UserText.PasswordRequiresDigit),
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => ("Input.Password", UserText.PasswordRequiresLower),
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => ("Input.Password", UserText.PasswordRequiresUpper),
                nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) =>
                    ("Input.Password", UserText.PasswordRequiresNonAlphanumeric),
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => ("Input.Password", UserText.PasswordRequiresUniqueChars),
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                    ("Input.Email", UserText.ErrorEmailInvalid),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                    ("Input.Email", UserText.ErrorEmailTakenAny),
                _ => ("", string.Format(UserText.IdentityErrorOther, error.Description)),
            };
            state.AddModelError(field, message);
        }
    }
}

/// <summary>The model of the grant fields partial: the posted names start with <paramref name="Prefix"/>.</summary>
public sealed record GrantFieldsView(string Prefix, GrantInput Input, GrantChoices Choices);
