using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Intake;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>Puts a case with outbox items straight into storage, as a workflow command would.</summary>
public static class OutboxCases
{
    public static async Task<CaseState> CommitAsync(CaseStore store, string? email, params OutboxItem[] items)
    {
        var id = CaseIds.New();
        var application = new ApplicationDetails(
            new Applicant("natural-person", "张三", "110101199003070011", null, email, "13800000000", email is null ? "某市某区某路3号" : null),
            "2025年本市道路养护工程的招标文件和中标结果", "electronic", email is null ? "post" : "email");
        var opened = CaseFiling.Open(id, "2026-" + Random.Shared.Next(1, 999999).ToString("D6"), application, "online",
            new DateOnly(2026, 3, 2), DateTimeOffset.Parse("2026-03-02T09:00:00+08:00"), AccessCodes.Hash("TESTCODE"), null, null,
            DisclosureRequests.Calendar.WorkingDayCalendar.Official);
        var (state, filed) = (opened.State, opened.Events[0]);
        var outbox = items.Select(i => i with { CaseId = id, TrackingNumber = state.TrackingNumber }).ToArray();
        Assert.True(await store.TryCommitAsync(new CaseCommit(state, null, [filed], outbox) { At = filed.At }, CancellationToken.None));
        return state;
    }

    public static async Task<TableEntity> RowAsync(StorageClients storage, string caseId, string itemId) =>
        (await storage.Table(StorageNames.CasesTable).GetEntityAsync<TableEntity>(caseId, CaseStore.OutboxRowPrefix + itemId)).Value;
}
