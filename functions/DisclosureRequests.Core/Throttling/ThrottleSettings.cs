namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// The <c>Throttling</c> settings. Filings count per client address and per e-mail address; access codes count
/// only wrong attempts, per case and per client address. Access code recoveries count per client address (every
/// request); a case mails a new code at most once every <see cref="RecoveryWindow"/>, which the case itself keeps.
/// </summary>
public sealed record ThrottleSettings
{
    public int FilingsPerClient { get; init; } = 20;
    public int FilingsPerEmail { get; init; } = 5;
    public TimeSpan FilingWindow { get; init; } = TimeSpan.FromHours(1);
    public int WrongAccessCodesPerCase { get; init; } = 10;
    public int WrongAccessCodesPerClient { get; init; } = 30;
    public TimeSpan AccessCodeWindow { get; init; } = TimeSpan.FromMinutes(15);
    public int RecoveriesPerClient { get; init; } = 10;
    public TimeSpan RecoveryWindow { get; init; } = TimeSpan.FromMinutes(15);
}
