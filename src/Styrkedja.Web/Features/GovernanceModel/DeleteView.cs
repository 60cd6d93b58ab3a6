namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>
/// The model of the <c>_DeleteForm</c> partial: a confirmation form, or, while goals still use the
/// thing, the reason it cannot be deleted instead of the form.
/// </summary>
public sealed record DeleteView(string Confirm, string? Refusal, int Version);
