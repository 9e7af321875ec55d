using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Core.Throttling;

namespace DisclosureRequests.Core.Attachments;

/// <summary>What the document routes work with, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record DocumentApiServices(
    CaseStore Cases, CaseDocuments Documents, CaseCommands Commands, AccessCodeAttempts Attempts, ReleaseLinks Links);
