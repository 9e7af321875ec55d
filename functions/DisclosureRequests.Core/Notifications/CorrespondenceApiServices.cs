using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>What the routes on letters and mails work with, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record CorrespondenceApiServices(
    CaseStore Cases, CaseCommands Commands, Correspondence Correspondence, LetterArchive Archive, DeliveryIndex Index, OutboxDelivery Delivery);
