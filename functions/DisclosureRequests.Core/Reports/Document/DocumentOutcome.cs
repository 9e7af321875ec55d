namespace DisclosureRequests.Core.Reports.Document;

public abstract record DocumentOutcome
{
    public sealed record Done(ReportDocumentView View, bool Created = false) : DocumentOutcome;

    public sealed record NotCompiled : DocumentOutcome;

    /// <summary>If-Match named a revision that is no longer current, or another writer got there first.</summary>
    public sealed record ChangedSinceRead : DocumentOutcome;

    public sealed record YearNotOver : DocumentOutcome;

    /// <summary>Parts that must be filled in before publishing, by their JSON names.</summary>
    public sealed record Incomplete(IReadOnlyList<string> Missing) : DocumentOutcome;
}
