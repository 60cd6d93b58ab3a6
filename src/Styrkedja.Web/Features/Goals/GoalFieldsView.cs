namespace Styrkedja.Web.Features.Goals;

/// <summary>The model of the fields partial shared by the create and edit forms.</summary>
public sealed record GoalFieldsView(GoalInput Input, GoalForm Form, int? GoalId);
