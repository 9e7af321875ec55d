using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Intake;

/// <summary>How the receipt and the tracking view say that the agency waits for the applicant to confirm their address.</summary>
public static class EmailConfirmation
{
    public const string Pending = "pending";

    public static string? Of(CaseState state) => state.EmailConfirmationPending ? Pending : null;
}
