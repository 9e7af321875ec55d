using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class DeliveryFaultTests(SendGridSystem app) : IClassFixture<SendGridSystem>
{
    private OutboxDelivery Delivery => app.Get<OutboxDelivery>();

    [Fact]
    public async Task A_server_error_is_retried_after_backoff_and_the_message_is_sent_once()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(500);

        Assert.Equal(0, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        var row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        Assert.Equal(DeliveryStatus.Pending, row.GetString("Status"));
        Assert.Equal(1, row.GetInt32("Attempts"));
        Assert.Equal("SendGrid answered 500", row.GetString("LastError"));
        Assert.Equal(app.Time.GetUtcNow() + TimeSpan.FromMinutes(1), row.GetDateTimeOffset("NextAttemptAt"));

        app.Answers(202);
        var requests = app.Requests;
        Assert.Equal(0, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        Assert.Equal(requests, app.Requests);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        Assert.Equal(1, SentCount(id));
        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, caseId, id)).GetString("Status"));
        Assert.Equal(0, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        Assert.Equal(1, SentCount(id));
    }

    [Fact]
    public async Task Too_many_requests_waits_as_long_as_Retry_After_asks_and_the_sweep_finds_it_again()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(429, retryAfter: "300");

        await Delivery.DeliverPendingAsync(caseId, CancellationToken.None);
        var row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        Assert.Equal(app.Time.GetUtcNow() + TimeSpan.FromSeconds(300), row.GetDateTimeOffset("NextAttemptAt"));

        app.Answers(202);
        app.Time.Advance(TimeSpan.FromMinutes(2));
        var requests = app.Requests;
        await Delivery.DeliverDueRetriesAsync(100, CancellationToken.None);
        Assert.Equal(requests, app.Requests);

        app.Time.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await Delivery.DeliverDueRetriesAsync(100, CancellationToken.None) >= 1);
        Assert.Equal(1, SentCount(id));
        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, caseId, id)).GetString("Status"));
    }

    [Fact]
    public async Task A_timeout_is_retried_and_the_item_ends_delivered()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(202, delay: TimeSpan.FromSeconds(3));

        Assert.Equal(0, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        var row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        Assert.Equal(1, row.GetInt32("Attempts"));
        Assert.StartsWith("SendGrid did not answer", row.GetString("LastError"));

        app.Answers(202);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, caseId, id)).GetString("Status"));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_and_nothing_is_lost()
    {
        var (caseId, id) = await CommitAsync();
        var settings = app.Get<MailSettings>() with { SendGridHost = $"http://127.0.0.1:{SendGridSystem.ClosedPort()}" };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var unreachable = new OutboxDelivery(app.Storage, app.Get<CaseStore>(), app.Get<LetterComposer>(), app.Get<LetterArchive>(),
            new SendGridTransport(http, settings, app.Time), settings, app.Get<DeliveryIndex>(), app.Time,
            NullLogger<OutboxDelivery>.Instance, app.Get<DisclosureRequests.Core.Staff.StaffDirectory>(), app.Get<DisclosureRequests.Core.Security.EmailConfirmationCodes>(),
            app.Get<DisclosureRequests.Core.Cases.Orchestration.CaseOrchestrationMode>(), app.Get<DisclosureRequests.Core.Security.AccessCodeIssuer>(),
            app.Get<Func<DisclosureRequests.Core.Cases.CaseCommands>>());

        Assert.Equal(0, await unreachable.DeliverPendingAsync(caseId, CancellationToken.None));
        var row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        Assert.Equal(1, row.GetInt32("Attempts"));
        Assert.StartsWith("SendGrid unreachable", row.GetString("LastError"));

        app.Answers(202);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));
        Assert.Equal(1, SentCount(id));
    }

    [Fact]
    public async Task The_sixth_failure_parks_the_message_where_administrators_see_it_and_can_send_it_again()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(503);
        for (var attempt = 1; attempt <= RetrySchedule.MaxAttempts; attempt++)
        {
            await Delivery.DeliverPendingAsync(caseId, CancellationToken.None);
            app.Time.Advance(TimeSpan.FromHours(1));
        }
        var row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        Assert.Equal(DeliveryStatus.Parked, row.GetString("Status"));
        Assert.Equal(6, row.GetInt32("Attempts"));
        Assert.Equal(0, await Delivery.DeliverPendingAsync(caseId, CancellationToken.None));

        var admin = app.Client().As("admin@agency.example.cn", Roles.Administrator);
        var parked = await admin.GetFromJsonAsync<List<ParkedMessage>>("/api/admin/parked-messages");
        var entry = Assert.Single(parked!, p => p.ItemId == id);
        Assert.Equal(caseId, entry.CaseId);
        Assert.Equal("SendGrid answered 503", entry.LastError);

        var officer = app.Client().As("li.si@agency.example.cn", Roles.CaseOfficer);
        var correspondence = await officer.GetFromJsonAsync<List<CorrespondenceEntry>>($"/api/cases/{caseId}/correspondence");
        Assert.Equal(DeliveryStatus.Parked, Assert.Single(correspondence!).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/admin/parked-messages")).StatusCode);

        app.Answers(202);
        using var retry = await admin.PostAsync($"/api/admin/parked-messages/{caseId}/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, caseId, id)).GetString("Status"));
        Assert.DoesNotContain(await admin.GetFromJsonAsync<List<ParkedMessage>>("/api/admin/parked-messages") ?? [], p => p.ItemId == id);
    }

    [Fact]
    public async Task Dispatchers_running_at_once_send_every_item_exactly_once()
    {
        app.Answers(202);
        var ids = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn",
            ids.Select(i => SampleItems.Letters["extension-notice"] with { Id = i }).ToArray());

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Delivery.DeliverPendingAsync(state.Id, CancellationToken.None))));

        Assert.Equal(ids.Length, runs.Sum());
        Assert.All(ids, i => Assert.Equal(1, SentCount(i)));
    }

    [Fact]
    public async Task A_notice_whose_e_mail_is_refused_goes_to_print_and_its_period_waits_for_the_paper_to_be_served()
    {
        app.Answers(202);
        var receipt = await app.Client().FileAsync(new
        {
            applicant = new { type = "natural-person", name = "张三", idNumber = "110101199003070011", email = "no-such-box@example.cn", address = "某市某区人民路1号" },
            description = "2025年本市道路养护工程的招标文件",
            format = "electronic",
            delivery = "email",
        });
        var officer = app.Client().As("li.si@agency.example.cn", Roles.CaseOfficer);
        (await officer.PostAsJsonAsync($"/api/cases/{receipt.Id}/clarification-request", new { items = new[] { "请写明招标项目的名称" } })).EnsureSuccessStatusCode();
        try
        {
            app.Answers(400);
            await Delivery.DeliverPendingAsync(receipt.Id, CancellationToken.None);
        }
        finally
        {
            app.Answers(202);
        }
        var view = await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{receipt.Id}");
        Assert.True(view.GetProperty("clarification").TryGetProperty("replyBy", out _));

        var queued = Assert.Single((await officer.GetFromJsonAsync<List<PrintQueueEntry>>("/api/print-queue"))!,
            e => e.CaseId == receipt.Id && e.Kind == "clarification-notice");
        Assert.Equal("某市某区人民路1号", queued.Address);
        var today = DisclosureRequests.Calendar.ChinaTime.Today(app.Time).ToString("yyyy-MM-dd");
        using var posted = await officer.PostAsJsonAsync($"/api/cases/{receipt.Id}/correspondence/{queued.ItemId}/dispatch", new { method = "registered-post", on = today });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.False((await posted.ReadJsonAsync()).GetProperty("clarification").TryGetProperty("replyBy", out _));
        var admin = app.Client().As("admin@agency.example.cn", Roles.Administrator);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<ParkedMessage>>("/api/admin/parked-messages"))!, p => p.ItemId == queued.ItemId);
        Assert.Contains((await officer.GetFromJsonAsync<List<PostedLetterEntry>>("/api/posted-letters"))!,
            p => p.ItemId == queued.ItemId && p.TimeLimitAwaitsReceipt);
    }

    [Fact]
    public async Task A_notice_e_mailed_only_the_next_day_gives_the_applicant_the_period_from_that_day_and_says_so()
    {
        app.Answers(202);
        var receipt = await app.Client().FileAsync(new
        {
            applicant = new { type = "natural-person", name = "王五", idNumber = "110101199003070011", email = "wangwu@example.cn" },
            description = "2025年本市公交线路调整的听证材料",
            format = "electronic",
            delivery = "email",
        });
        await Delivery.DeliverPendingAsync(receipt.Id, CancellationToken.None);
        var officer = app.Client().As("li.si@agency.example.cn", Roles.CaseOfficer);
        var issuedOn = DisclosureRequests.Calendar.ChinaTime.Today(app.Time);
        try
        {
            app.Answers(500);
            (await officer.PostAsJsonAsync($"/api/cases/{receipt.Id}/clarification-request", new { items = new[] { "请写明听证会的名称" } })).EnsureSuccessStatusCode();
            Assert.Equal(0, await Delivery.DeliverPendingAsync(receipt.Id, CancellationToken.None));
        }
        finally
        {
            app.Answers(202);
        }
        var notice = Assert.Single((await officer.GetFromJsonAsync<List<CorrespondenceEntry>>($"/api/cases/{receipt.Id}/correspondence"))!, e => e.Kind == "clarification-notice");
        Assert.Equal(DueOn(issuedOn), await ReplyByAsync(officer, receipt.Id));

        app.Time.Advance(TimeSpan.FromDays(1));
        var sentOn = DisclosureRequests.Calendar.ChinaTime.Today(app.Time);
        Assert.Equal(1, await Delivery.DeliverPendingAsync(receipt.Id, CancellationToken.None));

        Assert.Equal(DueOn(sentOn), await ReplyByAsync(officer, receipt.Id));
        var line = Assert.Single(await HistoryAsync(officer, receipt.Id), e => e.GetProperty("type").GetString() == "letter-emailed-late");
        Assert.Equal(sentOn.ToString("yyyy-MM-dd"), line.GetProperty("details").GetProperty("on").GetString());
        var mail = Assert.Single(app.Accepted(), m => m["personalizations"]![0]!["custom_args"]!["outboxItemId"]!.GetValue<string>() == notice.Id);
        var text = mail["content"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).First();
        Assert.Contains("请您自收到本告知书之日起15个工作日内向本机关作出补正", text);
        Assert.DoesNotContain(DueOn(issuedOn).Replace("-", ""), text.Replace("年", "").Replace("月", "").Replace("日", ""));

        Assert.Equal(0, await Delivery.DeliverPendingAsync(receipt.Id, CancellationToken.None));
        Assert.Single(await HistoryAsync(officer, receipt.Id), e => e.GetProperty("type").GetString() == "letter-emailed-late");

        // The lapse waits for the day after the new last day, not the old one.
        await SweepAtAsync(DateOnly.Parse(DueOn(issuedOn)).AddDays(1));
        Assert.Equal("awaiting-clarification", await StatusAsync(officer, receipt.Id));
        await SweepAtAsync(DateOnly.Parse(DueOn(sentOn)).AddDays(1));
        Assert.Equal("lapsed", await StatusAsync(officer, receipt.Id));
    }

    private async Task SweepAtAsync(DateOnly chinaDate)
    {
        app.Time.SetUtcNow(new DateTimeOffset(chinaDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) + TimeSpan.FromMinutes(1));
        var sweep = app.Get<IEnumerable<DisclosureRequests.Core.Hosting.IFunctionHandler>>().Single(h => h.FunctionName == DisclosureRequests.Core.Hosting.FunctionCatalog.DeadlineSweep);
        await sweep.RunAsync(DisclosureRequests.Core.Hosting.FunctionInvocation.Timer(), CancellationToken.None);
    }

    private static async Task<string?> StatusAsync(HttpClient officer, string caseId) =>
        (await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{caseId}")).GetProperty("status").GetString();

    private static string DueOn(DateOnly servedOn) =>
        DisclosureRequests.Clock.CaseClock.KnownResponseDueOn(DisclosureRequests.Calendar.WorkingDayCalendar.Official, servedOn, 15)!.Value.ToString("yyyy-MM-dd");

    private static async Task<System.Text.Json.JsonElement[]> HistoryAsync(HttpClient officer, string caseId) =>
        (await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{caseId}/history")).EnumerateArray().ToArray();

    private static async Task<string?> ReplyByAsync(HttpClient officer, string caseId) =>
        (await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{caseId}")).GetProperty("clarification").GetProperty("replyBy").GetString();

    private async Task<(string CaseId, string ItemId)> CommitAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Reply("disclosed", "") with { Id = id });
        return (state.Id, id);
    }

    private int SentCount(string itemId) =>
        app.Accepted().Count(m => m["personalizations"]![0]!["custom_args"]!["outboxItemId"]!.GetValue<string>() == itemId);
}
