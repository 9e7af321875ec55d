using Azure;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Storage;

/// <summary>A case as read, with the ETag that guards the next write and the row it was read from.</summary>
public sealed record LoadedCase(CaseState State, ETag ETag, string StateRowKey);
