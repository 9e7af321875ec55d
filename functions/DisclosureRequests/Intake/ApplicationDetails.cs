namespace DisclosureRequests.Intake;

/// <summary>What Art. 29 requires an application to state: who asks, what is sought, in which form and how.</summary>
public sealed record ApplicationDetails(
    Applicant Applicant,
    string Description,
    string Format,
    string Delivery);
