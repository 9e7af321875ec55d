namespace DisclosureRequests.Cases;

/// <summary>Who issues a command: the applicant (proved by access code), an officer with roles, or the system's timers.</summary>
public sealed record Actor(string Id, IReadOnlySet<string> Roles)
{
    public const string ApplicantId = "applicant";
    public const string SystemId = "system";

    public static Actor Applicant { get; } = new(ApplicantId, new HashSet<string>());
    public static Actor System { get; } = new(SystemId, new HashSet<string>());

    public static Actor Officer(string id, params string[] roles) => new(id, roles.ToHashSet());

    public bool IsApplicant => Id == ApplicantId;
    public bool IsSystem => Id == SystemId;
    public bool Has(string role) => Roles.Contains(role);
}
