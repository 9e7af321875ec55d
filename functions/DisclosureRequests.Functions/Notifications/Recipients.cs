using System.Net.Mail;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Functions.Notifications;

/// <summary>Who an outbox item goes to, by its audience. An empty answer means: no e-mail address is known.</summary>
internal static class Recipients
{
    public static IReadOnlyList<string> For(OutboxItem item, CaseState? state, AgencyProfile agency) => Valid(item.Audience switch
    {
        "applicant" => [state?.Application.Applicant.Email],
        "third-party" or "other-agency" => [item.Data.GetValueOrDefault("partyEmail")],
        "assignee" => Listed(item),
        "approvers" => Listed(item) is { Count: > 0 } named ? named : agency.ApproverEmails,
        "case-officers" => Listed(item) is { Count: > 0 } named ? named : agency.CaseOfficerEmails,
        _ => [],
    });

    private static IReadOnlyList<string?> Listed(OutboxItem item) =>
        item.Data.GetValueOrDefault("recipients", "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<string> Valid(IEnumerable<string?> addresses) =>
        addresses.Where(a => !string.IsNullOrWhiteSpace(a) && MailAddress.TryCreate(a.Trim(), out _))
            .Select(a => a!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
