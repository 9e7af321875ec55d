using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Intake;

/// <summary>The body of <c>POST /api/requests</c>; <c>POST /api/cases</c> adds channel and receivedOn.</summary>
public sealed record ApplicationRequest(
    ApplicantRequest? Applicant,
    string? Description,
    string? Format,
    string? Delivery,
    string? Channel = null,
    string? ReceivedOn = null)
{
    public ApplicationDetails ToDetails() => new(
        Applicant is null ? null! : new Applicant(
            Applicant.Type ?? "", Applicant.Name?.Trim() ?? "", Clean(Applicant.IdNumber), Clean(Applicant.OrganizationCode),
            Clean(Applicant.Email), Clean(Applicant.Phone), Clean(Applicant.Address)),
        Description?.Trim() ?? "",
        Format ?? "",
        Delivery ?? "");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record ApplicantRequest(
    string? Type,
    string? Name,
    string? IdNumber,
    string? OrganizationCode,
    string? Email,
    string? Phone,
    string? Address);
