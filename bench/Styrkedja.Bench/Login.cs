using System.Text.RegularExpressions;

namespace Styrkedja.Bench;

/// <summary>Logs the benchmark's HTTP client in through the real login form.</summary>
public static partial class Login
{
    public static async Task AsAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
