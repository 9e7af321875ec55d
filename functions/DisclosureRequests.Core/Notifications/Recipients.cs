using System.Net.Mail;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Staff;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Who an outbox item goes to, by its audience. Staff are found in the directory: a named person by their e-mail
/// there (or their sign-in name when that is an address), a role by its active holders. An empty answer means: no
/// e-mail address is known.
/// </summary>
internal static class Recipients
{
    public static async Task<IReadOnlyList<string>> ForAsync(OutboxItem item, CaseState? state, StaffDirectory staff, CancellationToken cancellationToken) =>
        Valid(item.Audience switch
        {
            "applicant" => [state?.Application.Applicant.Email],
            "third-party" or "other-agency" => [(item.Content as ConsultationLetter)?.PartyEmail],
            "assignee" => await PeopleAsync(item, staff, cancellationToken),
            "case-officers" => await PeopleOrRoleAsync(item, StaffRoles.CaseOfficer, staff, cancellationToken),
            "legal-reviewers" => await PeopleOrRoleAsync(item, StaffRoles.LegalReviewer, staff, cancellationToken),
            "approvers" => await PeopleOrRoleAsync(item, StaffRoles.Approver, staff, cancellationToken),
            _ => [],
        });

    private static async Task<IReadOnlyList<string?>> PeopleOrRoleAsync(OutboxItem item, string role, StaffDirectory staff, CancellationToken cancellationToken) =>
        await PeopleAsync(item, staff, cancellationToken) is { Count: > 0 } named ? named : await staff.AddressesOfAsync(role, cancellationToken);

    private static async Task<IReadOnlyList<string?>> PeopleAsync(OutboxItem item, StaffDirectory staff, CancellationToken cancellationToken)
    {
        var addresses = new List<string?>();
        foreach (var id in ((item.Content as StaffReminder)?.Recipients ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()))
        {
            var member = await staff.FindAsync(id, cancellationToken);
            addresses.Add(member is null ? id : member.Active ? member.Email : null);
        }
        return addresses;
    }

    private static IReadOnlyList<string> Valid(IEnumerable<string?> addresses) =>
        addresses.Where(a => !string.IsNullOrWhiteSpace(a) && MailAddress.TryCreate(a.Trim(), out _))
            .Select(a => a!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
