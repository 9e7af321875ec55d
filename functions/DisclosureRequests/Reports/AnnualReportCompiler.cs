namespace DisclosureRequests.Reports;

/// <summary>
/// Counts case records into the annual report of one year, one record at a time in constant memory (only the ids
/// of malformed records are kept, to name them). A case counts in 三 in the year its reply, lapse or withdrawal is
/// final; section 四 and the fees count in the year they were recorded.
/// </summary>
public sealed class AnnualReportCompiler
{
    private const int ProgressEvery = 1000;

    private readonly DateOnly firstDay;
    private readonly DateOnly lastDay;
    private readonly int[] received = new int[ReportTable.ApplicantTypes.Count];
    private readonly int[] carriedOver = new int[ReportTable.ApplicantTypes.Count];
    private readonly int[] carriedForward = new int[ReportTable.ApplicantTypes.Count];
    private readonly int[,] outcomes = new int[ReportTable.OutcomeRows.Count, ReportTable.ApplicantTypes.Count];
    private readonly int[] reconsideration = new int[ReportTable.ReviewResults.Count];
    private readonly int[] litigationDirect = new int[ReportTable.ReviewResults.Count];
    private readonly int[] litigationAfterReconsideration = new int[ReportTable.ReviewResults.Count];
    private readonly List<MalformedCase> malformed = [];
    private decimal fees;

    public AnnualReportCompiler(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        Year = year;
        firstDay = new DateOnly(year, 1, 1);
        lastDay = new DateOnly(year, 12, 31);
    }

    public int Year { get; }

    /// <summary>A compiler that goes on from <paramref name="tally"/>, as if it had counted those records itself.</summary>
    public static AnnualReportCompiler Resume(int year, AnnualReportTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var compiler = new AnnualReportCompiler(year);
        CopyInto(compiler.received, tally.Received);
        CopyInto(compiler.carriedOver, tally.CarriedOver);
        CopyInto(compiler.carriedForward, tally.CarriedForward);
        if (tally.Outcomes.Length != ReportTable.OutcomeRows.Count)
            throw new ArgumentException($"Expected {ReportTable.OutcomeRows.Count} outcome rows, got {tally.Outcomes.Length}.", nameof(tally));
        for (var row = 0; row < tally.Outcomes.Length; row++)
        {
            if (tally.Outcomes[row].Length != ReportTable.ApplicantTypes.Count)
                throw new ArgumentException($"Outcome row {row} has {tally.Outcomes[row].Length} columns.", nameof(tally));
            for (var applicant = 0; applicant < ReportTable.ApplicantTypes.Count; applicant++)
                compiler.outcomes[row, applicant] = tally.Outcomes[row][applicant];
        }
        CopyInto(compiler.reconsideration, tally.Reconsideration);
        CopyInto(compiler.litigationDirect, tally.LitigationDirect);
        CopyInto(compiler.litigationAfterReconsideration, tally.LitigationAfterReconsideration);
        compiler.fees = tally.Fees;
        compiler.malformed.AddRange(tally.Malformed);
        return compiler;
    }

    /// <summary>What has been counted so far, to go on from with <see cref="Resume"/>.</summary>
    public AnnualReportTally Tally() => new(
        [.. received],
        [.. carriedOver],
        [.. carriedForward],
        [.. Enumerable.Range(0, ReportTable.OutcomeRows.Count)
            .Select(row => Enumerable.Range(0, ReportTable.ApplicantTypes.Count).Select(applicant => outcomes[row, applicant]).ToArray())],
        [.. reconsideration],
        [.. litigationDirect],
        [.. litigationAfterReconsideration],
        fees,
        [.. malformed]);

    public void Add(CaseStatisticsRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var problem = CaseRecordValidation.Problem(r);
        if (problem is not null)
        {
            malformed.Add(new MalformedCase(r.CaseId, problem));
            return;
        }
        var applicant = ReportTable.IndexOfApplicantType(r.ApplicantType);
        CountReceiptAndConclusion(r, applicant);
        if (InYear(r.ReconsiderationRecordedOn))
        {
            reconsideration[ReportTable.IndexOfReviewResult(r.ReconsiderationResult)]++;
        }
        if (InYear(r.LitigationRecordedOn))
        {
            var byRoute = r.LitigationRoute == ReportTable.LitigationDirect ? litigationDirect : litigationAfterReconsideration;
            byRoute[ReportTable.IndexOfReviewResult(r.LitigationResult)]++;
        }
        if (InYear(r.FeesCollectedOn))
        {
            fees += r.FeesCollected;
        }
    }

    /// <summary>The report as counted, once every record is in; throws if any record was malformed.</summary>
    public AnnualReport Complete(DateTimeOffset compiledAt)
    {
        var report = new AnnualReport(
            Year,
            compiledAt,
            new ApplicantCounts(received),
            new ApplicantCounts(carriedOver),
            new OutcomeCounts(Enumerable.Range(0, ReportTable.OutcomeRows.Count).Select(OutcomeRowCounts)),
            new ApplicantCounts(carriedForward),
            new ReviewAndLitigation(
                ReviewResultCounts.FromPrintedOrder(reconsideration),
                new LitigationCounts(
                    ReviewResultCounts.FromPrintedOrder(litigationDirect),
                    ReviewResultCounts.FromPrintedOrder(litigationAfterReconsideration))),
            fees);
        var unbalanced = report.UnbalancedColumns();
        if (malformed.Count > 0 || unbalanced.Count > 0)
        {
            throw new ReportInvariantViolation(Year, [.. malformed], unbalanced);
        }
        return report;
    }

    public static async Task<AnnualReport> CompileAsync(
        int year,
        IAsyncEnumerable<CaseStatisticsRecord> cases,
        DateTimeOffset compiledAt,
        IProgress<int>? progress,
        CancellationToken ct)
    {
        var compiler = new AnnualReportCompiler(year);
        var count = 0;
        await foreach (var record in cases.WithCancellation(ct).ConfigureAwait(false))
        {
            compiler.Add(record);
            if (++count % ProgressEvery == 0)
            {
                progress?.Report(count);
            }
        }
        progress?.Report(count);
        return compiler.Complete(compiledAt);
    }

    private void CountReceiptAndConclusion(CaseStatisticsRecord r, int applicant)
    {
        if (r.ReceivedOn > lastDay || r.ConcludedOn < firstDay)
        {
            return;
        }
        (r.ReceivedOn >= firstDay ? received : carriedOver)[applicant]++;
        if (r.ConcludedOn is { } concluded && concluded <= lastDay)
        {
            outcomes[ReportTable.IndexOfOutcomeRow(r.Outcome, r.Reason), applicant]++;
        }
        else
        {
            carriedForward[applicant]++;
        }
    }

    private ApplicantCounts OutcomeRowCounts(int row) =>
        new(Enumerable.Range(0, ReportTable.ApplicantTypes.Count).Select(applicant => outcomes[row, applicant]));

    private static void CopyInto(int[] counts, int[] from)
    {
        if (from.Length != counts.Length)
            throw new ArgumentException($"Expected {counts.Length} counts, got {from.Length}.", nameof(from));
        from.CopyTo(counts, 0);
    }

    private bool InYear(DateOnly? date) => date is { } d && d >= firstDay && d <= lastDay;
}
