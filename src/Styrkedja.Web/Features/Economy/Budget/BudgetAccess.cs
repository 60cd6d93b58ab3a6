using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// Who may do what with the budget. The budget is public in a region, so everyone signed in to the
/// organisation with any grant reads every proposal and frame; the frames are set centrally, so only the
/// organisation's central staff (an Administrator, or a Controller over the whole organisation) create,
/// edit, adopt and delete proposals and edit the financial goals. A committee editor reads but does not edit.
/// </summary>
public static class BudgetAccess
{
    public static async Task<bool> MayReadAsync(AccessPolicy access) => (await access.GrantsAsync()).Count > 0;

    public static Task<bool> MayEditAsync(AccessPolicy access) => access.ActsForWholeOrganisationAsync();
}
