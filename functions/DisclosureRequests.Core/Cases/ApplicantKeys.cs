using System.Security.Cryptography;
using System.Text;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// Who "the same applicant" is, for the monthly item count of the fee Measures: the identity or organisation code
/// when given, else name and contact. Stored only as a hash, so the worklist holds no personal data.
/// </summary>
public static class ApplicantKeys
{
    public static string For(Applicant applicant)
    {
        var identity = applicant.IdNumber ?? applicant.OrganizationCode;
        var basis = identity is not null
            ? $"id|{identity.Trim().ToUpperInvariant()}"
            : $"contact|{applicant.Name.Trim()}|{applicant.Email?.Trim().ToLowerInvariant()}|{applicant.Phone?.Trim()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..32];
    }
}
