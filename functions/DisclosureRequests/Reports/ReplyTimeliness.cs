namespace DisclosureRequests.Reports;

/// <summary>
/// Of the replies a year concluded (outcomes （一） to （五）; lapses and withdrawals are not replies), how many went
/// out within their statutory period, and how many could not be judged (a period the calendar did not cover, or a
/// statistics row written before the system recorded it).
/// </summary>
public sealed record ReplyTimeliness(int Replies, int WithinPeriod, int NotKnown)
{
    public static ReplyTimeliness None { get; } = new(0, 0, 0);

    /// <summary>The share within the period of the replies that can be judged, in percent, one decimal; null when none can.</summary>
    public decimal? PercentWithinPeriod => Replies - NotKnown is var judged and > 0
        ? Math.Round(100m * WithinPeriod / judged, 1, MidpointRounding.AwayFromZero)
        : null;
}
