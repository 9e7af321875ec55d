namespace DisclosureRequests.Core.Reports;

/// <summary>
/// How this host compiles annual reports: as a durable orchestration per year where orchestrations run (standalone on
/// the Durable Task Framework, the isolated worker on Durable Functions), so a crash resumes the compile; in the
/// process itself where they do not (<c>Durable:RunOrchestrations=false</c>, tests that drive the triggers by hand).
/// </summary>
public interface IAnnualReportCompiles
{
    /// <summary>Whether a compile goes on by itself once started, outliving the call, and resumes after a crash.</summary>
    bool Durable { get; }

    /// <summary>Starts compiling <paramref name="year"/>, or joins the compile of it under way; answers with its status.</summary>
    Task<AnnualReportStatus> StartAsync(int year, CancellationToken cancellationToken);

    /// <summary>Where the compile of <paramref name="year"/> under way stands; null when none is, or when the stored status is kept current.</summary>
    Task<AnnualReportStatus?> RunningAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// The status the compile of <paramref name="year"/> ends with, waiting at most <paramref name="within"/>; null when it
    /// is still running then. With no compile under way, the status stored by the last one.
    /// </summary>
    Task<AnnualReportStatus?> EndAsync(int year, TimeSpan within, CancellationToken cancellationToken);
}
