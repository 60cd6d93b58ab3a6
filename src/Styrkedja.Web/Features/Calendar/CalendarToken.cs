using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Styrkedja.Web.Features.ApiKeys;

namespace Styrkedja.Web.Features.Calendar;

/// <summary>A newly made feed token (shown once, in the feed's URL) and the hash that is stored.</summary>
public sealed record IssuedToken(string Token, string Hash);

/// <summary>
/// Feed tokens are 32 random bytes, base64url, so they fit in a URL path. Like API keys only their SHA-256
/// is stored (the same hash: a random secret needs no salt or slow KDF, and the lookup must be one indexed query).
/// </summary>
public static class CalendarToken
{
    public static IssuedToken Issue()
    {
        var token = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return new IssuedToken(token, Hash(token));
    }

    public static string Hash(string token) => ApiKeySecret.Hash(token);
}
