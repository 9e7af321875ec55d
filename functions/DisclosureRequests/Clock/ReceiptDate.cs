namespace DisclosureRequests.Clock;

/// <summary>
/// The date of receipt under Art. 31. The rule names which event fixes it; the caller records that event's date
/// and this returns it, so every channel's rule is stated in one place:
/// <list type="bullet">
/// <item><see cref="ReceiptChannel.InPerson"/>: the day the applicant submits it (提交之日).</item>
/// <item><see cref="ReceiptChannel.RegisteredPost"/>: the day the agency signs for it (签收之日).</item>
/// <item><see cref="ReceiptChannel.OrdinaryPost"/>: the day the office confirms it with the applicant, which it
/// must do on the day the letter arrives (与申请人确认之日).</item>
/// <item><see cref="ReceiptChannel.Online"/> and <see cref="ReceiptChannel.Fax"/>: the day both sides confirm
/// (双方确认之日).</item>
/// </list>
/// </summary>
public static class ReceiptDate
{
    public static DateOnly For(ReceiptChannel channel, DateOnly eventDate)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown receipt channel.");
        }

        return eventDate;
    }
}
