namespace DisclosureRequests.Cases;

/// <summary>The agency's roles (architecture §3). The approver is the head of the disclosure office (Art. 33).</summary>
public static class StaffRoles
{
    public const string CaseOfficer = "CaseOfficer";
    public const string LegalReviewer = "LegalReviewer";
    public const string Approver = "Approver";
    public const string Administrator = "Administrator";
}
