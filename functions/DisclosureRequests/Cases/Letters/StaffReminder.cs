namespace DisclosureRequests.Cases.Letters;

/// <summary>A mail to staff; <see cref="Recipients"/> names people, and where it names none the audience's role holders get it.</summary>
public abstract record StaffReminder(IReadOnlyList<string> Recipients) : LetterContent;
