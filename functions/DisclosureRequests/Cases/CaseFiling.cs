using DisclosureRequests.Intake;

namespace DisclosureRequests.Cases;

/// <summary>Opens a case: the first state and the first line of its history.</summary>
public static class CaseFiling
{
    public const string Citizen = "applicant";

    public static (CaseState State, CaseEvent Filed) Open(
        string id,
        string trackingNumber,
        ApplicationDetails application,
        string channel,
        DateOnly receivedOn,
        DateTimeOffset now,
        string accessCodeHash,
        string? requestHash,
        string? registeredBy)
    {
        var state = new CaseState
        {
            Id = id,
            TrackingNumber = trackingNumber,
            Version = 1,
            Status = CaseStatus.Received,
            Application = application,
            Channel = channel,
            ReceivedOn = receivedOn,
            FiledAt = now,
            AccessCodeHash = accessCodeHash,
            RequestHash = requestHash,
            RegisteredBy = registeredBy,
        };
        var details = new Dictionary<string, string>
        {
            ["trackingNumber"] = trackingNumber,
            ["channel"] = channel,
            ["receivedOn"] = receivedOn.ToString("yyyy-MM-dd"),
        };
        var filed = new CaseEvent(1, "application-received", now, registeredBy ?? Citizen, CaseStatus.Received, CaseStatus.Received, details);
        return (state, filed);
    }
}
