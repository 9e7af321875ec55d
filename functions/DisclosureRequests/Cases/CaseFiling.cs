using DisclosureRequests.Calendar;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Cases;

/// <summary>Opens a case: the first state, the first line of its history and the acknowledgement of receipt.</summary>
public static class CaseFiling
{
    public static CaseDecision.Accepted Open(
        string id,
        string trackingNumber,
        ApplicationDetails application,
        string channel,
        DateOnly receivedOn,
        DateTimeOffset now,
        string accessCodeHash,
        string? requestHash,
        string? registeredBy,
        WorkingDayCalendar calendar)
    {
        var state = new CaseState
        {
            Id = id,
            TrackingNumber = trackingNumber,
            Version = 1,
            LastEventSequence = 1,
            Status = CaseStatus.Received,
            Application = application,
            Channel = channel,
            ReceivedOn = receivedOn,
            FiledAt = now,
            AccessCodeHash = accessCodeHash,
            Clock = CaseClock.Start(receivedOn),
            RequestHash = requestHash,
            RegisteredBy = registeredBy,
        };
        var filed = new CaseEvent(1, "application-received", now, registeredBy ?? Actor.ApplicantId, CaseStatus.Received, CaseStatus.Received,
            new Dictionary<string, string> { ["trackingNumber"] = trackingNumber, ["channel"] = channel, ["receivedOn"] = Dates.Format(receivedOn) });
        var acknowledgement = CaseChange.Item(state, 1, 1, "applicant",
            new AcknowledgementLetter(state.ReadClock(calendar, receivedOn).ReplyDueOn, channel, application.Description));
        return new CaseDecision.Accepted(state, [filed], [acknowledgement]);
    }
}
