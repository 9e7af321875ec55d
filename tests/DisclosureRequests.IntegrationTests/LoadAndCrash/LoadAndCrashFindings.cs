namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>What the harness did and found; <see cref="Problems"/> is empty when every check held.</summary>
public sealed record LoadAndCrashFindings(
    int Filed,
    int CasesStored,
    int ActionsApplied,
    int CasesReplied,
    int Reads,
    int Kills,
    int RequestsLostToKills,
    int MailItems,
    int MailStored,
    int Letters,
    Rate Raw,
    Rate Filing,
    IReadOnlyList<string> Problems)
{
    public double FilingRatio => Filing.PerSecond / Raw.PerSecond;
}
