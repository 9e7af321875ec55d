using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>The agency's people acting on cases through the API, and the deadline sweep run as the host would.</summary>
public sealed class Agency(SystemUnderTest app)
{
    public const string OfficerName = "officer@agency.gov.cn";
    public const string ReviewerName = "reviewer@agency.gov.cn";
    public const string ApproverName = "head@agency.gov.cn";
    public const string AdministratorName = "admin@agency.gov.cn";

    public HttpClient Public { get; } = app.Client();
    public HttpClient Officer { get; } = app.Client().As(OfficerName, StaffRoles.CaseOfficer);
    public HttpClient Reviewer { get; } = app.Client().As(ReviewerName, StaffRoles.LegalReviewer);
    public HttpClient Approver { get; } = app.Client().As(ApproverName, StaffRoles.Approver);
    public HttpClient Administrator { get; } = app.Client().As(AdministratorName, StaffRoles.Administrator);

    public Task<SubmissionReceipt> FileAsync(object? application = null) => Public.FileAsync(application);

    public async Task<SubmissionReceipt> FileAndAssignAsync(object? application = null)
    {
        var receipt = await FileAsync(application);
        await ActAsync(Officer, receipt.Id, "assign", new { assignee = OfficerName });
        return receipt;
    }

    public async Task<JsonElement> ActAsync(HttpClient who, string caseId, string action, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await who.PostAsJsonAsync($"/api/cases/{caseId}/{action}", body);
        var json = await response.ReadJsonAsync();
        Assert.True(expected == response.StatusCode, $"{action}: expected {(int)expected}, got {(int)response.StatusCode}: {json}");
        return json;
    }

    public async Task<JsonElement> ApplicantAsync(SubmissionReceipt receipt, string action, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/{action}") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await Public.SendAsync(request);
        var json = await response.ReadJsonAsync();
        Assert.True(expected == response.StatusCode, $"{action}: expected {(int)expected}, got {(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>The applicant's own view of the case, with the access code as the tracking page sends it.</summary>
    public async Task<HttpResponseMessage> TrackAsync(string caseId, string accessCode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{caseId}");
        request.Headers.Add("X-Access-Code", accessCode);
        return await Public.SendAsync(request);
    }

    public async Task<JsonElement> CaseAsync(string caseId) => await (await Officer.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync();

    public async Task<JsonElement[]> HistoryAsync(string caseId) =>
        (await (await Officer.GetAsync($"/api/cases/{caseId}/history")).ReadJsonAsync()).EnumerateArray().ToArray();

    public async Task<string[]> EventTypesAsync(string caseId) =>
        (await HistoryAsync(caseId)).Select(e => e.GetProperty("type").GetString()!).ToArray();

    /// <summary>The kinds of the case's outbox items, in the order they were written.</summary>
    public async Task<string[]> OutboxKindsAsync(string caseId)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {"outbox-"} and RowKey lt {"outbox."}");
        var kinds = new List<string>();
        await foreach (var row in app.Storage.Table(StorageNames.CasesTable).QueryAsync<TableEntity>(filter)) kinds.Add(row.GetString("Kind"));
        return kinds.ToArray();
    }

    /// <summary>Runs the sweep as the host would; with <paramref name="orchestrations"/>, as a host that runs the case orchestrations.</summary>
    public async Task<SweepSummary> SweepAsync(Core.Cases.Orchestration.ICaseOrchestrations? orchestrations = null)
    {
        var sweep = app.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.DeadlineSweep);
        return (SweepSummary)(await sweep.RunAsync(FunctionInvocation.Timer() with { Orchestrations = orchestrations }, CancellationToken.None)).ReturnValue!;
    }

    /// <summary>
    /// Moves the fake clock to a China-time moment and sweeps, as the every-minute timer would have. The letters the
    /// commands so far issued go out first, on the day they were issued, as the outbox queue sends them within seconds.
    /// </summary>
    public async Task<SweepSummary> AtAsync(DateOnly chinaDate, int hour = 10)
    {
        await DispatchOutboxAsync();
        app.Time.SetUtcNow(new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)));
        return await SweepAsync();
    }

    /// <summary>What the queue-triggered <c>OutboxDispatch</c> function does with the messages commits left: sends each case's letters.</summary>
    public async Task DispatchOutboxAsync()
    {
        var queue = app.Storage.Queue(StorageNames.OutboxQueue);
        var dispatch = app.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.OutboxDispatch);
        while ((await queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } messages)
        {
            foreach (var message in messages)
            {
                await dispatch.RunAsync(FunctionInvocation.QueueMessage(message.MessageText), CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    public DateOnly Today => DisclosureRequests.Calendar.ChinaTime.Today(app.Time);
}
