namespace DisclosureRequests.Intake;

/// <summary>The applicant columns of the national annual report format, as contract codes.</summary>
public static class ApplicantTypes
{
    public const string NaturalPerson = "natural-person";

    public static IReadOnlyList<string> All { get; } =
    [
        NaturalPerson,
        "commercial-enterprise",
        "research-institution",
        "public-interest-organization",
        "legal-services-organization",
        "other-organization",
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
