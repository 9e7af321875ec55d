using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>Reads a year's case rows as a stream and counts them: one record in memory at a time.</summary>
public static class AnnualReportCompilation
{
    /// <summary>
    /// Compiles <paramref name="year"/>. <paramref name="progress"/> is awaited every <paramref name="progressEvery"/>
    /// records (and not posted, as <see cref="IProgress{T}"/> would), so progress reports are written in order and a
    /// late one can never overwrite the final state.
    /// </summary>
    /// <returns>The report and the number of case records counted.</returns>
    /// <exception cref="ReportInvariantViolation">Some rows are malformed or unreadable, or a column does not balance.</exception>
    public static async Task<(AnnualReport Report, int Records)> RunAsync(
        CaseStatisticsReader reader,
        int year,
        DateTimeOffset compiledAt,
        int progressEvery,
        Func<int, CancellationToken, Task>? progress,
        CancellationToken cancellationToken,
        ReplyTimelinessCounter? timeliness = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(progressEvery, 1);
        var compiler = new AnnualReportCompiler(year);
        var unreadable = new List<MalformedCase>();
        var count = 0;
        await foreach (var record in reader.ReadAsync(year, unreadable, cancellationToken).ConfigureAwait(false))
        {
            compiler.Add(record);
            timeliness?.Add(record);
            if (++count % progressEvery == 0 && progress is not null) await progress(count, cancellationToken).ConfigureAwait(false);
        }
        return (Complete(compiler, unreadable, compiledAt), count);
    }

    /// <summary>The report as counted, or the violation naming both the unreadable rows and the malformed records.</summary>
    /// <exception cref="ReportInvariantViolation">Some rows are malformed or unreadable, or a column does not balance.</exception>
    public static AnnualReport Complete(AnnualReportCompiler compiler, IReadOnlyList<MalformedCase> unreadable, DateTimeOffset compiledAt)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        ArgumentNullException.ThrowIfNull(unreadable);
        if (unreadable.Count == 0) return compiler.Complete(compiledAt);
        try
        {
            compiler.Complete(compiledAt);
        }
        catch (ReportInvariantViolation violation)
        {
            throw new ReportInvariantViolation(compiler.Year, [.. unreadable, .. violation.MalformedCases], violation.UnbalancedColumns);
        }
        throw new ReportInvariantViolation(compiler.Year, unreadable, []);
    }
}
