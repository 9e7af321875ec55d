namespace DisclosureRequests.Core.Storage;

/// <summary>What an outbox row says about its item without reading the letter: enough to list it or to park it.</summary>
public sealed record OutboxEnvelope(string Id, string Kind, string Audience);
