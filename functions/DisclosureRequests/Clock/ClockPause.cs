namespace DisclosureRequests.Clock;

/// <summary>A pause of the reply period; <see cref="EndedOn"/> is null while it lasts.</summary>
public sealed record ClockPause(PauseKind Kind, DateOnly StartedOn, DateOnly? EndedOn);
