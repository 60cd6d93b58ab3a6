using System.Text.Json;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.GovernanceModel;

/// <summary>Helpers shared by the administrator pages' tests (model and users).</summary>
internal static class AdminTestData
{
    /// <summary>
    /// An anti-forgery token valid for a non-administrator, for crafted posts to admin pages. Editors and
    /// controllers take it from the goal form; a reader has no form of its own, so it posts without
    /// one: the admin policy refuses the request before the token is checked either way.
    /// </summary>
    public static async Task<string> TokenOfNonAdministratorAsync(AppClient client, string email) =>
        email.Contains("lasare") ? "" : await client.AntiforgeryTokenAsync("/Goals/Create?year=" + DateTime.Now.Year);

    /// <summary>A form's values with one field set to another value.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form.Where(v => v.Key != name), new(name, value)];

    /// <summary>One property of an audit snapshot (JSON escapes å, ä, ö, so compare decoded values).</summary>
    public static string? AuditValue(string? snapshot, string property) =>
        snapshot is null ? null : JsonDocument.Parse(snapshot).RootElement.GetProperty(property).ToString();
}
