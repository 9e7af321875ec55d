namespace DisclosureRequests.Cases;

/// <summary>Art. 33: an extension asked by the case officer, decided by the head of the disclosure office.</summary>
public sealed record ExtensionRequest(
    int WorkingDays,
    string Reason,
    string RequestedBy,
    DateOnly RequestedOn,
    string? Decision = null,
    string? DecidedBy = null)
{
    public const string Approved = "approve";
    public const string Refused = "refuse";

    public static IReadOnlyList<string> Decisions { get; } = [Approved, Refused];

    public bool IsPending => Decision is null;
}
