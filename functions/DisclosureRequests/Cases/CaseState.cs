using DisclosureRequests.Intake;

namespace DisclosureRequests.Cases;

/// <summary>Everything known about one application. State is explicit data, so a new release picks up cases in flight.</summary>
public sealed record CaseState
{
    public required string Id { get; init; }
    public required string TrackingNumber { get; init; }
    public required int Version { get; init; }
    public required CaseStatus Status { get; init; }
    public required ApplicationDetails Application { get; init; }
    public required string Channel { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required DateTimeOffset FiledAt { get; init; }
    public required string AccessCodeHash { get; init; }
    public string? RequestHash { get; init; }
    public string? RegisteredBy { get; init; }
}
