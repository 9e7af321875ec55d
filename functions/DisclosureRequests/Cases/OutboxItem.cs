namespace DisclosureRequests.Cases;

/// <summary>
/// A side effect a command asks for (a letter to the applicant, a reminder to an officer). It leaves the case only
/// through the outbox, at least once, under its <see cref="Id"/> as idempotency key.
/// </summary>
public sealed record OutboxItem(string Id, string Kind, string Audience, IReadOnlyDictionary<string, string> Data);
