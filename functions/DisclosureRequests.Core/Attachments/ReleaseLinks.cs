using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DisclosureRequests.Core.Attachments;

/// <summary>
/// Short-lived download links for released documents: <c>/api/requests/{id}/releases/{name}?expires=…&amp;sig=…</c>,
/// signed with HMAC-SHA256 under <c>Security:LinkSigningKey</c>, so a link works on every instance and after a restart
/// (in Azure the setting is a Key Vault reference, and the app refuses to start without it; standalone, a missing key
/// is made when the process starts, which only shortens links' lives to the process's). A link is good for
/// <see cref="Lifetime"/>; no access code travels in it.
/// </summary>
public sealed class ReleaseLinks(byte[] key, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public const string KeySetting = "Security:LinkSigningKey";

    public static ReleaseLinks FromConfiguration(IConfiguration configuration, TimeProvider time)
    {
        if (configuration[KeySetting] is { Length: > 0 } configured) return new(Encoding.UTF8.GetBytes(configured), time);
        if (Hosting.HostMode.UnderFunctionsHost(configuration))
            throw new InvalidOperationException($"Set {KeySetting}: every instance must sign release links with the same key.");
        return new(RandomNumberGenerator.GetBytes(32), time);
    }

    public ReleasedDocumentLink For(string caseId, CaseDocument document)
    {
        var expiresAt = time.GetUtcNow() + Lifetime;
        var expires = expiresAt.ToUnixTimeSeconds();
        var url = $"/api/requests/{caseId}/releases/{Uri.EscapeDataString(document.Name)}?expires={expires}&sig={Signature(caseId, document.Name, expires)}";
        return new ReleasedDocumentLink(document.Name, document.FileName, document.ContentType, document.Size, url, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    public LinkCheck Check(string caseId, string name, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt) || signature is null) return LinkCheck.Invalid;
        var expected = Encoding.ASCII.GetBytes(Signature(caseId, name, expiresAt));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return LinkCheck.Invalid;
        return time.GetUtcNow().ToUnixTimeSeconds() > expiresAt ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Signature(string caseId, string name, long expires) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{caseId}\n{name}\n{expires}")));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
