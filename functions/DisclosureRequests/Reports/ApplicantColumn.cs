namespace DisclosureRequests.Reports;

/// <summary>A column of section 三 (申请人情况): an applicant type code of the public contract and its printed label.</summary>
public sealed record ApplicantColumn(string Code, string Label, bool IsOrganization);
