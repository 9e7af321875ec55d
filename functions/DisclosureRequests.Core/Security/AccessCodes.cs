using System.Security.Cryptography;
using System.Text;

namespace DisclosureRequests.Core.Security;

/// <summary>
/// The applicant's proof of ownership: 20 characters of Crockford base32 (100 bits), shown once, stored as SHA-256.
/// A fast hash is enough because the code is random and long; there is no password to guess.
/// </summary>
public static class AccessCodes
{
    public const string HeaderName = "X-Access-Code";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 20;

    public static string New() => Encode(RandomNumberGenerator.GetBytes(Length));

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    public static bool Matches(string? presented, string storedHash) =>
        presented is { Length: > 0 and <= 64 } &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Normalize(string code) => code.Trim().Replace("-", "").ToUpperInvariant();

    internal static string Encode(byte[] bytes)
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return new string(chars);
    }
}
