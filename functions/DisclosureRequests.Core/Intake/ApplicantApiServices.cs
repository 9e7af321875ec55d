using DisclosureRequests.Cases;
using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Core.Throttling;

namespace DisclosureRequests.Core.Intake;

/// <summary>What an applicant's routes on their own application work with, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record ApplicantApiServices(
    CaseStore Store, CaseCommands Commands, Correspondence Correspondence, CaseDocuments Documents, AccessCodeAttempts Attempts,
    TrackingNumbers TrackingNumbers, LetterArchive Letters, EmailConfirmationCodes EmailCodes, Throttles Throttles, AgencyProfile Agency, ILoggerFactory Loggers)
{
    public ApplicationView View(CaseState state, IReadOnlyList<ApplicantLetter> letters) =>
        TrackingApi.View(state, Commands.ReadClock(state), letters) with { Fee = ApplicantFee.Of(state, Agency) };
}
