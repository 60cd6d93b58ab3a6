using Styrkedja.Web.Features.Shared;

namespace Styrkedja.Web.Features.PlanningDocuments.Section;

/// <summary>The section form's fields; <see cref="Units"/> is the committee choice, shown only when adding.</summary>
public sealed record PremiseSectionFieldsView(PremiseSectionInput Input, IReadOnlyList<FieldOption>? Units);
