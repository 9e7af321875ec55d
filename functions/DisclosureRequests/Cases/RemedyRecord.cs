namespace DisclosureRequests.Cases;

/// <summary>A reconsideration or lawsuit against the reply, for section 四 of the annual report.</summary>
public sealed record RemedyRecord(string Result, DateOnly RecordedOn, string? Route = null)
{
    public static IReadOnlyList<string> Results { get; } = ["upheld", "corrected", "other", "pending"];
    public static IReadOnlyList<string> Routes { get; } = ["direct", "after-reconsideration"];
}
