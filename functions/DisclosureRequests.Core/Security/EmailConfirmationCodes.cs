using System.Security.Cryptography;
using System.Text;

namespace DisclosureRequests.Core.Security;

/// <summary>
/// The code mailed to an applicant's address to show they read it: eight characters derived with the server's
/// secret from the case and the address, so nothing is stored and no one who knows only the case can compute it.
/// It is checked only together with the access code, and both are throttled.
/// </summary>
public sealed class EmailConfirmationCodes(AccessCodeIssuer secret)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 8;

    public string For(string caseId, string email)
    {
        var hash = secret.Derive($"email-confirmation|{caseId}|{email.Trim().ToLowerInvariant()}");
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[hash[i] & 31];
        return new string(chars);
    }

    public bool Matches(string caseId, string email, string? presented)
    {
        if (presented is null) return false;
        var normalized = presented.Trim().Replace("-", "").Replace(" ", "").ToUpperInvariant()
            .Replace('O', '0').Replace('I', '1').Replace('L', '1');
        if (normalized.Length != Length) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(For(caseId, email)), Encoding.ASCII.GetBytes(normalized));
    }
}
