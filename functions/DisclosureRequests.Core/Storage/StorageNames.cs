namespace DisclosureRequests.Core.Storage;

/// <summary>Every table, queue and container the app uses; infra/ creates the same names.</summary>
public static class StorageNames
{
    public const string CasesTable = "Cases";
    public const string DueTimersTable = "DueTimers";
    public const string TrackingNumbersTable = "TrackingNumbers";
    public const string CaseStatisticsTable = "CaseStatistics";
    public const string WorklistTable = "Worklist";
    public const string OutboxRetriesTable = "OutboxRetries";
    public const string ParkedMessagesTable = "ParkedMessages";
    public const string DocumentsTable = "Documents";
    public const string CalendarYearsTable = "CalendarYears";
    public const string StaffTable = "Staff";
    public const string PrintQueueTable = "PrintQueue";

    public const string OutboxQueue = "outbox";

    public const string AttachmentsContainer = "attachments";
    public const string LettersContainer = "letters";
    public const string ReleasesContainer = "releases";
    public const string ReportsContainer = "reports";
    public const string MailContainer = "mail";

    public static IReadOnlyList<string> Tables { get; } = [CasesTable, DueTimersTable, TrackingNumbersTable, CaseStatisticsTable, WorklistTable, OutboxRetriesTable, ParkedMessagesTable, DocumentsTable, CalendarYearsTable, StaffTable, PrintQueueTable];
    public static IReadOnlyList<string> Queues { get; } = [OutboxQueue];
    public static IReadOnlyList<string> Containers { get; } = [AttachmentsContainer, LettersContainer, ReleasesContainer, ReportsContainer, MailContainer];
}
