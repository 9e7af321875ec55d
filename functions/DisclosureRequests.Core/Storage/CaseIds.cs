using System.Security.Cryptography;
using System.Text;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Case ids are 32 lowercase hex digits. A submission with an Idempotency-Key gets an id derived from the key, so a
/// retry lands on the same partition and the table itself refuses a second case.
/// </summary>
public static class CaseIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static string FromIdempotencyKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("application|" + key)).AsSpan(0, 16));

    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
