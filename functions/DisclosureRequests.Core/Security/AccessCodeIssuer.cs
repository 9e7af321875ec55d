using System.Security.Cryptography;
using System.Text;

namespace DisclosureRequests.Core.Security;

/// <summary>
/// Issues access codes. A submission carrying an Idempotency-Key gets a code derived with the server's secret
/// (<c>Security:AccessCodeKey</c>, from Key Vault in Azure), so a retry gets the same code back while no one who knows
/// only the request and its key can compute it. The app does not start without the secret.
/// </summary>
public sealed class AccessCodeIssuer
{
    public const string KeySetting = "Security:AccessCodeKey";
    public const int MinKeyLength = 32;

    private readonly byte[] key;

    public AccessCodeIssuer(IConfiguration configuration)
    {
        var configured = configuration[KeySetting];
        if (configured is null || configured.Trim().Length < MinKeyLength)
            throw new InvalidOperationException(
                $"{KeySetting} must be a secret of at least {MinKeyLength} characters (a Key Vault reference in Azure; ./run sets a local one).");
        key = Encoding.UTF8.GetBytes(configured.Trim());
    }

    public string New() => AccessCodes.New();

    public string ForIdempotentSubmission(string idempotencyKey, string caseId, string requestHash) =>
        AccessCodes.Encode(Derive($"submission|{idempotencyKey}|{caseId}|{requestHash}"));

    public string ForReissue(string idempotencyKey, string caseId) =>
        AccessCodes.Encode(Derive($"reissue|{idempotencyKey}|{caseId}"));

    public string ForRecovery(string caseId, string nonce) =>
        AccessCodes.Encode(Derive($"recovery|{caseId}|{nonce}"));

    /// <summary>A value only the server can compute; the message starts with its purpose, so no two uses can collide.</summary>
    internal byte[] Derive(string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
}
