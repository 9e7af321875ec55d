using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Cases;

/// <summary>What an officer asks of the worklist: filters, words to find, a page size and where the last page ended.</summary>
public sealed record WorklistQuery(
    CaseStatus? Status,
    DateOnly? DueBefore,
    string? Assignee,
    string? Words,
    int PageSize,
    WorklistContinuation? Continuation)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}
