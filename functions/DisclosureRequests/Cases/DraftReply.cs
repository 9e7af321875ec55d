namespace DisclosureRequests.Cases;

/// <summary>The reply as drafted, then reviewed (保密审查, Art. 17) and approved; four different eyes at most two stages.</summary>
public sealed record DraftReply(
    string Outcome,
    string? Reason,
    string Summary,
    IReadOnlyList<WithheldPart> Withheld,
    string? ResponsibleAgency,
    string DraftedBy,
    DateOnly DraftedOn,
    string? LegalReviewedBy = null,
    string? ResponsibleAgencyContact = null,
    string? AccessRoute = null,
    IReadOnlyList<ObjectionOverride>? OverriddenObjections = null);
