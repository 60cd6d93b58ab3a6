using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>
/// What the meeting form offers — the types, the units that take part in dialogues (committees and
/// administrations) and the organisation's people — and the rules a posted meeting must follow.
/// Shared by create and edit, and (the people) by the action forms.
/// </summary>
public sealed class MeetingForm
{
    public required List<OrgUnit> Units { get; init; }
    public required List<AppUser> Users { get; init; }

    /// <summary>The open committees and administrations, and any unit the meeting already has (it may have closed since).</summary>
    public static async Task<MeetingForm> LoadAsync(StyrkedjaDbContext db, Meeting? current = null)
    {
        var present = current?.Participants.Where(p => p.OrgUnitId is not null).Select(p => p.OrgUnitId!.Value).ToList() ?? [];
        var units = await db.OrgUnits
            .Where(u => (u.ClosedOn == null && (u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Forvaltning)) || present.Contains(u.Id))
            .OrderBy(u => u.Path).ToListAsync();
        return new MeetingForm { Units = units, Users = await UsersAsync(db) };
    }

    /// <summary>The organisation's people. Identity users are not tenant-filtered, so the organisation is named here.</summary>
    public static async Task<List<AppUser>> UsersAsync(StyrkedjaDbContext db) =>
        (await db.Users.AsNoTracking().Where(u => u.OrganisationId == db.OrganisationId).ToListAsync())
            .OrderBy(u => u.DisplayName, StringComparer.Create(ServiceRegistration.Swedish, true)).ToList();

    public IReadOnlyList<FieldOption> TypeOptions(MeetingType selected) =>
        Enum.GetValues<MeetingType>().Select(t => new FieldOption(t.ToString(), Labels.For(t), t == selected)).ToList();

    public IReadOnlyList<FieldOption> UnitOptions(ICollection<int> selected) =>
        Units.Select(u => new FieldOption(u.Id.ToString(), $"{u.Name} ({Labels.For(u.Kind).ToLowerInvariant()})", selected.Contains(u.Id))).ToList();

    public IReadOnlyList<FieldOption> UserOptions(ICollection<string> selected) =>
        Users.Select(u => new FieldOption(u.Id, u.DisplayName, selected.Contains(u.Id))).ToList();

    /// <summary>Checks the rules the attributes cannot express and adds a Swedish message next to the offending field.</summary>
    public void Validate(MeetingInput input, ModelStateDictionary state)
    {
        if (!Enum.IsDefined(input.Type))
            state.AddModelError("Input.Type", MeetingText.ErrorType);
        if (input.UnitIds.Count == 0 && input.UserIds.Count == 0)
            state.AddModelError("Input.UnitIds", MeetingText.ErrorParticipantsRequired);
        if (input.UnitIds.Any(id => Units.All(u => u.Id != id)))
            state.AddModelError("Input.UnitIds", MeetingText.ErrorUnknownUnit);
        if (input.UserIds.Any(id => Users.All(u => u.Id != id)))
            state.AddModelError("Input.UserIds", MeetingText.ErrorUnknownUser);

        if (input.EndTime is not null && input.StartTime is null)
            state.AddModelError("Input.StartTime", MeetingText.ErrorEndWithoutStart);
        else if (input.EndTime <= input.StartTime)
            state.AddModelError("Input.EndTime", MeetingText.ErrorEndBeforeStart);

        var asked = !string.IsNullOrWhiteSpace(input.InformationRequest);
        if (asked && input.InformationDueOn is null)
            state.AddModelError("Input.InformationDueOn", MeetingText.ErrorRequestWithoutDue);
        else if (!asked && input.InformationDueOn is not null)
            state.AddModelError("Input.InformationRequest", MeetingText.ErrorDueWithoutRequest);
        else if (input.InformationDueOn > input.Date)
            state.AddModelError("Input.InformationDueOn", string.Format(MeetingText.ErrorDueAfterMeeting, UnitDisplay.IsoDate(input.Date!.Value)));
    }
}
