using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>The directive's title and the instructions common to every committee; the central staff's, until decided.</summary>
public class DirectiveEditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : DirectivePageModel(db, access, clock)
{
    [BindProperty]
    public DirectiveInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadChangeableDirectiveAsync(id) is { } refusal)
            return refusal;
        Input = new DirectiveInput { Title = Directive.Title, Body = Directive.Body, Version = Directive.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadChangeableDirectiveAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        Db.ExpectVersion(Directive, Input.Version);
        Directive.Title = Input.Title.Trim();
        Directive.Body = Input.Body ?? "";
        if (!await this.TrySaveOrShowConflictAsync(Db, PlanningDocumentText.DirectiveNoun, Clock))
            return Page();
        return BackToDirective();
    }
}
