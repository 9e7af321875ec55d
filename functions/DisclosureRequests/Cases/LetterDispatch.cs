namespace DisclosureRequests.Cases;

/// <summary>
/// A paper letter put in the post or handed over (送达): which letter, how, on which day, recorded by whom; for a posted
/// letter, <see cref="ReceivedOn"/> is the day the return receipt or the carrier's record shows it was signed for.
/// </summary>
public sealed record LetterDispatch(string ItemId, string Method, DateOnly On, string RecordedBy, DateOnly? ReceivedOn = null)
{
    public const string RegisteredPost = "registered-post";
    public const string Express = "express";
    public const string OrdinaryPost = "ordinary-post";
    public const string InPerson = "in-person";

    public static IReadOnlyList<string> Methods { get; } = [RegisteredPost, Express, OrdinaryPost, InPerson];

    /// <summary>Handed over in person, the letter is served that day; by post, it is posted and served later.</summary>
    public bool IsServed => Method == InPerson || ReceivedOn is not null;

    /// <summary>The day the letter reached its recipient, where known.</summary>
    public DateOnly? ServedOn => Method == InPerson ? On : ReceivedOn;
}
