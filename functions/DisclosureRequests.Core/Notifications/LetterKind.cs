namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// What the composer needs to know about one outbox kind besides its template: the title printed on the letter, the
/// word that goes into its reference number (文号), and whether it is a formal letter to someone outside the agency
/// (stored in <c>letters</c>, posted when there is no e-mail address) or an internal mail.
/// </summary>
public sealed record LetterKind(string Kind, string Title, string ReferenceWord, bool IsFormalLetter)
{
    public string TemplateName => Kind + ".liquid";
}
