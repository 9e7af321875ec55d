namespace DisclosureRequests.Reports;

/// <summary>Counts <see cref="ReplyTimeliness"/> for one year, one record at a time, beside the compiler.</summary>
public sealed class ReplyTimelinessCounter(int year)
{
    private int replies;
    private int within;
    private int notKnown;

    /// <summary>A counter that goes on from what was counted before (its <see cref="Result"/> then).</summary>
    public ReplyTimelinessCounter(int year, ReplyTimeliness counted) : this(year)
    {
        ArgumentNullException.ThrowIfNull(counted);
        (replies, within, notKnown) = (counted.Replies, counted.WithinPeriod, counted.NotKnown);
    }

    public void Add(CaseStatisticsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.ConcludedOn?.Year != year || record.Outcome is null or "other") return;
        replies++;
        if (record.RepliedWithinPeriod is null) notKnown++;
        else if (record.RepliedWithinPeriod.Value) within++;
    }

    public ReplyTimeliness Result => new(replies, within, notKnown);
}
