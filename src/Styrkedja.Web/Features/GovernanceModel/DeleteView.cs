namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>
/// The model of the <c>_DeleteForm</c> partial: a confirmation form, or, while something still uses the
/// thing, the reason it cannot be deleted instead of the form; both lead back to <paramref name="BackUrl"/>.
/// </summary>
public sealed record DeleteView(string Confirm, string? Refusal, int Version, string BackUrl);
