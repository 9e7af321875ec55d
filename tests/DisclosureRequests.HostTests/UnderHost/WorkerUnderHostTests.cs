using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Reports.Orchestration;
using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.UnderHost;

/// <summary>
/// The published isolated worker under the real Functions host on Azurite, driven only through the host's HTTP port:
/// a citizen files and follows an application, the agency takes it to a reply, the outbox queue delivers the letters,
/// and the deadline and annual report timers run through the host's admin API.
/// </summary>
[Collection(WorkerUnderHostCollection.Name)]
public sealed class WorkerUnderHostTests(WorkerUnderHost host)
{
    private const string Officer = "officer@agency.gov.cn";
    private const string Reviewer = "reviewer@agency.gov.cn";
    private const string Approver = "head@agency.gov.cn";
    private const string Administrator = "admin@agency.gov.cn";

    private readonly HostSteps steps = new(host);

    [FunctionsHostFact]
    public async Task An_application_is_filed_read_back_taken_to_a_reply_and_its_letters_delivered_through_the_host()
    {
        using var citizen = host.Client();
        using var filing = new HttpRequestMessage(HttpMethod.Post, "/api/requests")
        {
            Content = JsonContent.Create(new
            {
                applicant = new { type = "natural-person", name = "张三", idNumber = "110101199003070011", email = "zhangsan@example.cn" },
                description = "2025年本市道路养护工程的招标文件和中标结果",
                format = "electronic",
                delivery = "email",
            }),
        };
        filing.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var filed = await citizen.SendAsync(filing);
        Assert.True(HttpStatusCode.Created == filed.StatusCode, $"{filed.StatusCode}: {await filed.Content.ReadAsStringAsync()}\n{host.LogTail()}");
        var receipt = await JsonAsync(filed);
        var id = receipt.GetProperty("id").GetString()!;
        var accessCode = receipt.GetProperty("accessCode").GetString()!;

        using var reading = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{id}");
        reading.Headers.Add("X-Access-Code", accessCode);
        using var read = await citizen.SendAsync(reading);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var application = await JsonAsync(read);
        Assert.Equal("received", application.GetProperty("status").GetString());
        Assert.Equal(receipt.GetProperty("trackingNumber").GetString(), application.GetProperty("trackingNumber").GetString());

        using var officer = host.Client().As(Officer, StaffRoles.CaseOfficer);
        using var reviewer = host.Client().As(Reviewer, StaffRoles.LegalReviewer);
        using var approver = host.Client().As(Approver, StaffRoles.Approver);
        // Roles are checked by the app under the host as standalone: the reviewer may not assign, nobody unsigned may read cases.
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync($"/api/cases/{id}/assign", new { assignee = Officer })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await citizen.GetAsync($"/api/cases/{id}")).StatusCode);

        await ActAsync(officer, id, "assign", new { assignee = Officer }, "in-progress");
        await ActAsync(officer, id, "draft-reply", new { outcome = "disclosed", summary = "现将所申请信息提供给您。" }, "in-legal-review");
        await ActAsync(reviewer, id, "legal-review", new { decision = "approve" }, "awaiting-approval");
        await ActAsync(approver, id, "approval", new { decision = "approve" }, "replied");

        // The outbox queue's function tells the case's orchestration, whose activity delivers the letters: a moment's wait.
        var correspondence = await steps.EventuallyAsync(async () =>
        {
            var entries = await JsonAsync(await officer.GetAsync($"/api/cases/{id}/correspondence"));
            var delivered = entries.EnumerateArray()
                .Where(e => e.GetProperty("status").GetString() == "delivered")
                .Select(e => e.GetProperty("kind").GetString()!)
                .ToArray();
            return delivered.Contains("acknowledgement") && delivered.Contains("reply") ? delivered : null;
        });
        Assert.Contains("acknowledgement", correspondence);
        Assert.Contains("reply", correspondence);
    }

    [FunctionsHostFact]
    public async Task A_case_registered_25_working_days_ago_is_escalated_as_overdue_when_the_deadline_timer_runs_through_the_admin_api()
    {
        using var officer = host.Client().As(Officer, StaffRoles.CaseOfficer);
        var id = await steps.RegisterCaseReceivedAsync(officer, workingDaysAgo: 25);

        await InvokeTimerAsync("DeadlineSweep");

        // The host's own every-minute schedule may sweep too, and the case's orchestration fires what is due: the
        // escalation is still recorded once.
        var history = await steps.EventuallyAsync(() => HostSteps.HistoryOnceItHasAsync(officer, id, "overdue-escalated"));
        Assert.Single(history, "overdue-escalated");
        var correspondence = await JsonAsync(await officer.GetAsync($"/api/cases/{id}/correspondence"));
        Assert.Contains(correspondence.EnumerateArray(), e => e.GetProperty("kind").GetString() == "overdue-escalation" && e.GetProperty("audience").GetString() == "approvers");
        Assert.True((await JsonAsync(await officer.GetAsync($"/api/cases/{id}"))).GetProperty("workingDaysLeft").GetInt32() < 0);
    }

    [FunctionsHostFact]
    public async Task The_annual_report_timer_runs_through_the_hosts_admin_api()
    {
        var started = DateTimeOffset.UtcNow;
        await InvokeTimerAsync("AnnualReport");

        // The timer compiles the year just ended, in China time.
        var year = ChinaTime.Today(TimeProvider.System).Year - 1;
        using var administrator = host.Client().As(Administrator, StaffRoles.Administrator);
        var status = await steps.EventuallyAsync(async () =>
        {
            using var response = await administrator.GetAsync($"/api/reports/annual/{year}/status");
            if (response.StatusCode != HttpStatusCode.OK) return (JsonElement?)null;
            var json = await JsonAsync(response);
            return json.GetProperty("state").GetString() == "completed" ? json : null;
        });
        Assert.True(status!.Value.GetProperty("compiledAt").GetDateTimeOffset() >= started.AddSeconds(-5));
        Assert.False(status.Value.GetProperty("provisional").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/api/reports/annual/{year}?format=csv")).StatusCode);

        // The timer started the year's orchestration, which compiled and stored the report in the task hub host.json names.
        var instanceId = AnnualReportOrchestration.InstanceId(year);
        var instance = await steps.EventuallyAsync(() => steps.DurableInstanceAsync(instanceId));
        Assert.Equal(AnnualReportOrchestration.Name, instance!.Value.GetProperty("name").GetString());
        Assert.Equal("Completed", instance.Value.GetProperty("runtimeStatus").GetString());
        Assert.True(await steps.IsInTaskHubAsync(instanceId), $"no instance {instanceId} in {host.TaskHubName}Instances");
    }

    [FunctionsHostFact]
    public async Task A_compile_asked_for_through_the_host_runs_in_its_orchestration_and_answers_with_the_report_or_at_once_with_its_status_link()
    {
        var year = ChinaTime.Today(TimeProvider.System).Year;
        using var administrator = host.Client().As(Administrator, StaffRoles.Administrator);

        using var compiled = await administrator.PostAsync($"/api/reports/annual/{year}", null);
        Assert.True(HttpStatusCode.OK == compiled.StatusCode, $"{compiled.StatusCode}: {await compiled.Content.ReadAsStringAsync()}\n{host.LogTail()}");
        Assert.Equal(year, (await JsonAsync(compiled)).GetProperty("year").GetInt32());

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/annual/{year}");
        request.Headers.Add("Prefer", "respond-async");
        using var accepted = await administrator.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal($"/api/reports/annual/{year}/status", accepted.Headers.Location?.OriginalString);
        var status = await steps.EventuallyAsync(async () =>
        {
            var json = await JsonAsync(await administrator.GetAsync(accepted.Headers.Location!.OriginalString));
            return json.GetProperty("state").GetString() == "completed" ? (JsonElement?)json : null;
        });
        Assert.True(status!.Value.GetProperty("provisional").GetBoolean());
        var instance = await steps.DurableInstanceAsync(AnnualReportOrchestration.InstanceId(year));
        Assert.Equal("Completed", instance!.Value.GetProperty("runtimeStatus").GetString());
    }

    [FunctionsHostFact]
    public async Task The_citizens_pages_stay_at_the_root_and_track_and_the_api_describes_only_its_own_routes()
    {
        using var client = host.Client();
        var paths = (await JsonAsync(await client.GetAsync("/api/openapi.json"))).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/requests", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p));

        foreach (var path in new[] { "/", "/track" })
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.True(page.Headers.Contains("Content-Security-Policy") || page.Content.Headers.Contains("Content-Security-Policy"));
        }
    }

    /// <summary>Runs a timer function now, as an operator would: the admin API answers only to the master key.</summary>
    private async Task InvokeTimerAsync(string function)
    {
        using var client = host.Client();
        using var anonymous = await client.PostAsJsonAsync($"/admin/functions/{function}", new { input = "" });
        if (host.MasterKey is not null) Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var invocation = new HttpRequestMessage(HttpMethod.Post, $"/admin/functions/{function}") { Content = JsonContent.Create(new { input = "" }) };
        if (host.MasterKey is not null) invocation.Headers.Add("x-functions-key", host.MasterKey);
        using var invoked = await client.SendAsync(invocation);
        Assert.Equal(HttpStatusCode.Accepted, invoked.StatusCode);
    }

    private async Task ActAsync(HttpClient who, string id, string action, object body, string expectedStatus)
    {
        using var response = await who.PostAsJsonAsync($"/api/cases/{id}/{action}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}\n{host.LogTail()}");
        Assert.Equal(expectedStatus, JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
    }

    private static Task<JsonElement> JsonAsync(HttpResponseMessage response) => HostSteps.JsonAsync(response);
}
