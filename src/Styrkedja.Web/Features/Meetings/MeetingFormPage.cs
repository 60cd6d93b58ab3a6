using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>What the create and edit pages share: the posted input, the form's offer and its check.</summary>
public abstract class MeetingFormPage(StyrkedjaDbContext db) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public MeetingForm Form { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;

    protected async Task LoadFormAsync(Meeting? current = null) => Form = await MeetingForm.LoadAsync(db, current);

    /// <summary>True when the posted input may be saved; otherwise the messages are in the model state.</summary>
    protected bool InputIsValid()
    {
        Form.Validate(Input, ModelState);
        return ModelState.IsValid;
    }
}
