using System.Security.Cryptography;
using System.Text;

namespace Styrkedja.Web.Features.ApiKeys;

/// <summary>A newly made API key: the secret (shown once), its recognisable prefix and the hash that is stored.</summary>
public sealed record IssuedKey(string Key, string Prefix, string Hash);

/// <summary>
/// Making and recognising API keys. The key is 32 random bytes (base64url) behind "sk_", so that a key
/// pasted in the wrong place is recognisable; only its SHA-256 is stored. A plain hash (no salt, no slow
/// KDF) suffices because the key is random, not a password: it cannot be guessed from a dictionary, and
/// the lookup by hash must be one indexed query per request.
/// </summary>
public static class ApiKeySecret
{
    public const string KeyStart = "sk_";
    private const int PrefixLength = 9; // "sk_" + 6 characters of the random part

    public static IssuedKey Issue()
    {
        var key = KeyStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        return new IssuedKey(key, key[..PrefixLength], Hash(key));
    }

    /// <summary>SHA-256 of the key, lower-case hex.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
