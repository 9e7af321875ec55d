namespace DisclosureRequests.Cases;

/// <summary>Art. 30: the one notice telling the applicant what to supplement, and by when.</summary>
public sealed record ClarificationRequest(
    IReadOnlyList<string> Items,
    DateOnly RequestedOn,
    DateOnly ReplyBy,
    string RequestedBy,
    DateOnly? AnsweredOn = null,
    string? Answer = null);
