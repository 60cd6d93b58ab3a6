using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Goals;

/// <summary>The model of the fields partial shared by the create and edit forms.</summary>
public sealed record GoalFieldsView(GoalInput Input, GoalForm Form, int? GoalId)
{
    public IReadOnlyList<FieldOption> LevelOptions =>
        [new("", GoalText.ChooseOption, false), .. Form.Levels.Select(l => new FieldOption(l.Id.ToString(), l.Name, l.Id == Input.LevelId))];

    public IReadOnlyList<FieldOption> UnitOptions =>
    [
        new("", GoalText.ChooseOption, false),
        .. Form.Units.Select(u => new FieldOption(u.Id.ToString(), $"{u.Name} ({Labels.For(u.Kind).ToLowerInvariant()})", u.Id == Input.OwnerUnitId)),
    ];

    public IReadOnlyList<FieldOption> PerspectiveOptions =>
        [new("", GoalText.NoPerspective, false), .. Form.Perspectives.Select(p => new FieldOption(p.Id.ToString(), p.Name, p.Id == Input.PerspectiveId))];
}
