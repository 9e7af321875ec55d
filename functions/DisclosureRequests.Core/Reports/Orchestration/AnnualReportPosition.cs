using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>
/// How far a chunked compile has read: the table's continuation (null once <see cref="Finished"/>), the records
/// counted and rows read so far, the counts themselves, and the rows that could not be read, to name them.
/// </summary>
public sealed record AnnualReportPosition(
    int Year,
    string? Continuation,
    bool Finished,
    int Records,
    int Rows,
    AnnualReportTally Tally,
    ReplyTimeliness Timeliness,
    MalformedCase[] Unreadable)
{
    public static AnnualReportPosition Start(int year) =>
        new(year, null, false, 0, 0, AnnualReportTally.Empty, ReplyTimeliness.None, []);
}
