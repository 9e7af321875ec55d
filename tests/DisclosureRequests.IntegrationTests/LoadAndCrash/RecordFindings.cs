namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>What the storage held after the load: cases, duplicated and unused tracking numbers, mail and letters.</summary>
public sealed record RecordFindings(int Cases, int DuplicateNumbers, int Gaps, int MailItems, int MailStored, int Letters);
