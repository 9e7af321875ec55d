namespace DisclosureRequests.Imports;

/// <summary>
/// A case handled before the agency adopted the system, as a valid import row states it. <see cref="Outcome"/> and
/// <see cref="ClosedOn"/> are both set or both null (still open); <see cref="WithheldReasons"/> only for a partial
/// disclosure; the remedies' results are those of section 四.
/// </summary>
public sealed record ImportedCase(
    int Row,
    string TrackingNumber,
    DateOnly ReceivedOn,
    string Channel,
    string ApplicantType,
    string ApplicantName,
    string Description,
    string? Outcome,
    string? Reason,
    IReadOnlyList<string> WithheldReasons,
    DateOnly? ClosedOn,
    string? Reconsideration,
    string? Litigation,
    string? LitigationRoute,
    decimal FeeYuan);
