using DisclosureRequests.Reports;
using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>
/// Reads the next chunk of a year's case rows (<c>Reports:ChunkSize</c> rows, at most a table page) from where the
/// compile stands, and counts them on top of the counts so far. Run twice from the same position, it counts the same.
/// </summary>
public sealed class AnnualReportChunkActivity(CaseStatisticsReader reader, IConfiguration configuration)
    : TaskActivity<AnnualReportPosition, AnnualReportPosition>
{
    public const string Name = "AnnualReportChunk";
    public const string ChunkSizeSetting = "Reports:ChunkSize";

    public override async Task<AnnualReportPosition> RunAsync(TaskActivityContext context, AnnualReportPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (position.Finished) return position;
        var size = Math.Clamp(configuration.GetValue(ChunkSizeSetting, CaseStatisticsReader.PageSize), 1, CaseStatisticsReader.PageSize);
        var unreadable = new List<MalformedCase>(position.Unreadable);
        var page = await reader.ReadPageAsync(position.Year, position.Continuation, size, unreadable, CancellationToken.None);
        var compiler = AnnualReportCompiler.Resume(position.Year, position.Tally);
        var timeliness = new ReplyTimelinessCounter(position.Year, position.Timeliness);
        foreach (var record in page.Records)
        {
            compiler.Add(record);
            timeliness.Add(record);
        }
        var next = string.IsNullOrEmpty(page.Continuation) ? null : page.Continuation;
        return new AnnualReportPosition(
            position.Year, next, next is null, position.Records + page.Records.Count, position.Rows + page.Rows,
            compiler.Tally(), timeliness.Result, [.. unreadable]);
    }
}
