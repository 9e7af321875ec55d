namespace DisclosureRequests.Core.Throttling;

/// <summary>The app's attempt counters, one per limit in <see cref="ThrottleSettings"/>.</summary>
public sealed class Throttles(ThrottleSettings settings, TimeProvider time)
{
    public AttemptWindows FilingsPerClient { get; } = new(settings.FilingsPerClient, settings.FilingWindow, time);
    public AttemptWindows FilingsPerEmail { get; } = new(settings.FilingsPerEmail, settings.FilingWindow, time);
    public AttemptWindows WrongAccessCodesPerCase { get; } = new(settings.WrongAccessCodesPerCase, settings.AccessCodeWindow, time);
    public AttemptWindows WrongAccessCodesPerClient { get; } = new(settings.WrongAccessCodesPerClient, settings.AccessCodeWindow, time);
    public AttemptWindows RecoveriesPerClient { get; } = new(settings.RecoveriesPerClient, settings.RecoveryWindow, time);
    /// <summary>How long a case waits after mailing a new access code before it mails another.</summary>
    public TimeSpan RecoverySpacing => settings.RecoveryWindow;
}
