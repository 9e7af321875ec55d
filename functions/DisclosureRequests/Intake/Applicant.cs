namespace DisclosureRequests.Intake;

public sealed record Applicant(
    string Type,
    string Name,
    string? IdNumber,
    string? OrganizationCode,
    string? Email,
    string? Phone,
    string? Address);
