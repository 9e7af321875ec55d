using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Staff;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Cases;

/// <summary>What the officers' case routes work with, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record CaseApiServices(
    CaseStore Store, CaseCommands Commands, Worklist Worklist, ApplicantMonthlyItems MonthlyItems, CaseDocuments Documents,
    StaffDirectory Staff, TimeProvider Time);
