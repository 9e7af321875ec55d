using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Calendar;

/// <summary>
/// December 2026 under a calendar that ends with 2026: new cases' reply periods run into 2027. Nothing legal is
/// guessed and nothing is blank until an administrator publishes the 2027 notice; then every waiting case gets its
/// due date, reminders and escalation at once, and a later correction moves them with a line in each case's record.
/// </summary>
public sealed class CalendarYearPublicationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8)));
    private Azurite? azurite;
    private SystemUnderTest? app;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        app = await SystemUnderTest.StartAsync(azurite, time, Notices2027.BuiltIn(2026));
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Cases_filed_in_December_wait_worded_without_dates_then_a_published_2027_gives_them_due_dates_reminders_and_escalation()
    {
        var agency = new Agency(app!);
        var filed = await agency.FileAndAssignAsync();                                  // received 10 December
        var dueInDecember = await RegisterAndAssignAsync(agency, "2026-11-20");         // due 18 December
        var extended = await RegisterAndAssignAsync(agency, "2026-12-01");              // due 29 December, then extended
        await agency.ActAsync(agency.Officer, extended, "extension-request", new { workingDays = 5, reason = "需调取多个部门档案" });
        await agency.ActAsync(agency.Approver, extended, "extension-approval", new { decision = "approve" });
        var clarifying = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, clarifying.Id, "clarification-request", new { items = new[] { "请说明所申请文件的名称" } });

        // Before 2027 is published: no due date, an estimate counting weekends only, lawful wording in the letters.
        var waiting = await agency.CaseAsync(filed.Id);
        Assert.False(waiting.TryGetProperty("replyDueOn", out _));
        Assert.Equal("calendar-not-published:2027", waiting.GetProperty("clockUnavailable").GetString());
        Assert.Equal("2027-01-07", waiting.GetProperty("replyDueOnEstimate").GetString());
        var acknowledgement = await LetterAsync(filed, LetterKinds.Acknowledgement);
        Assert.Contains("本机关将自收到申请之日起20个工作日内作出答复", acknowledgement);
        var extensionNotice = await LetterTextAsync(extended, LetterKinds.ExtensionNotice);
        Assert.Contains("延长答复期限5个工作日，本机关将在延长后的答复期限内作出答复", extensionNotice);
        Assert.DoesNotContain("于前", acknowledgement + extensionNotice);

        // The worklist ranks by the due date, or the estimate where the year is missing: never last for lack of a date.
        Assert.Equal([dueInDecember, extended, filed.Id, clarifying.Id], await WorklistAsync(agency));
        var row = await WorklistRowAsync(agency, extended);
        Assert.Equal("2027-01-05", row.GetProperty("replyDueOnEstimate").GetString());
        var health = await HealthAsync();
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Equal(2027, health.GetProperty("calendar").GetProperty("missingYear").GetInt32());
        Assert.Equal(2, health.GetProperty("calendar").GetProperty("casesWithoutDueDate").GetInt32());

        // The administrator publishes 2027: 1 January is a holiday, so 20 working days from 10 December end on 8 January.
        using (var published = await agency.Administrator.PutAsJsonAsync("/api/calendar/years/2027", Notices2027.Body()))
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var planned = await agency.CaseAsync(filed.Id);
        Assert.Equal("2027-01-08", planned.GetProperty("replyDueOn").GetString());
        Assert.False(planned.TryGetProperty("replyDueOnEstimate", out _));
        Assert.Equal("2027-01-06", (await agency.CaseAsync(extended)).GetProperty("replyDueOn").GetString());
        // The case awaiting clarification is ranked by the earliest its period could end, which now ties with the others.
        Assert.Equal([dueInDecember, extended, filed.Id], (await WorklistAsync(agency)).Where(id => id != clarifying.Id));
        Assert.Equal("2027-01-08", (await WorklistRowAsync(agency, filed.Id)).GetProperty("replyDueOn").GetString());
        var recounted = Assert.Single(await agency.HistoryAsync(filed.Id), e => e.GetProperty("type").GetString() == "reply-period-recounted");
        Assert.Equal(Agency.AdministratorName, recounted.GetProperty("actor").GetString());
        Assert.Equal("2027-01-08", recounted.GetProperty("details").GetProperty("replyDueOn").GetString());
        health = await HealthAsync();
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.False(health.GetProperty("calendar").TryGetProperty("missingYear", out _));

        // Publishing the same notice again changes nothing.
        using (var again = await agency.Administrator.PutAsJsonAsync("/api/calendar/years/2027", Notices2027.Body()))
            Assert.Equal(1, (await again.ReadJsonAsync()).GetProperty("version").GetInt32());

        // A correction makes 4 January a holiday too: the due date moves to 11 January, and the record says so.
        await agency.AtAsync(new DateOnly(2026, 12, 15), hour: 10);
        var corrected = Notices2027.Holidays.Append("2027-01-04");
        using (var correction = await agency.Administrator.PutAsJsonAsync("/api/calendar/years/2027", Notices2027.Body("国办发明电〔2026〕10号", "2026-12-14", corrected)))
            Assert.Equal(2, (await correction.ReadJsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal("2027-01-11", (await agency.CaseAsync(filed.Id)).GetProperty("replyDueOn").GetString());
        var moved = (await agency.HistoryAsync(filed.Id)).Last(e => e.GetProperty("type").GetString() == "reply-period-recounted");
        Assert.Equal(Agency.AdministratorName, moved.GetProperty("actor").GetString());
        Assert.Equal("2027-01-08", moved.GetProperty("details").GetProperty("previousReplyDueOn").GetString());
        Assert.Equal("2027-01-11", moved.GetProperty("details").GetProperty("replyDueOn").GetString());
        Assert.Equal("国办发明电〔2026〕10号", moved.GetProperty("details").GetProperty("document").GetString());
        Assert.Equal("2027-01-07", (await agency.CaseAsync(extended)).GetProperty("replyDueOn").GetString());
        Assert.DoesNotContain("reply-period-recounted", await agency.EventTypesAsync(dueInDecember));

        // Reminders at 5, 2 and 1 working days left, at 9:00 on those days, and the escalation when 11 January has passed.
        await agency.AtAsync(new DateOnly(2026, 12, 30), hour: 18);
        Assert.DoesNotContain("reply-reminder", await agency.EventTypesAsync(filed.Id));
        await agency.AtAsync(new DateOnly(2026, 12, 31), hour: 9);
        Assert.Equal(["5"], await RemindersAsync(agency, filed.Id));
        await agency.AtAsync(new DateOnly(2027, 1, 7), hour: 9);
        Assert.Equal(["5", "2"], await RemindersAsync(agency, filed.Id));
        await agency.AtAsync(new DateOnly(2027, 1, 8), hour: 9);
        Assert.Equal(["5", "2", "1"], await RemindersAsync(agency, filed.Id));
        await agency.AtAsync(new DateOnly(2027, 1, 11), hour: 23);
        Assert.DoesNotContain("overdue-escalated", await agency.EventTypesAsync(filed.Id));
        await agency.AtAsync(new DateOnly(2027, 1, 12), hour: 0);
        var escalation = Assert.Single(await agency.HistoryAsync(filed.Id), e => e.GetProperty("type").GetString() == "overdue-escalated");
        Assert.Equal("2027-01-11", escalation.GetProperty("details").GetProperty("replyDueOn").GetString());
    }

    [Fact]
    public async Task Time_limits_set_in_late_December_are_given_in_working_days_and_lapse_on_the_day_counted_once_2027_is_published()
    {
        var agency = new Agency(app!);
        var unclear = await agency.FileAndAssignAsync();
        var consulted = await agency.FileAndAssignAsync();
        await agency.AtAsync(new DateOnly(2026, 12, 16), hour: 10);
        await agency.ActAsync(agency.Officer, unclear.Id, "clarification-request", new { items = new[] { "请说明所申请文件的名称" } });
        await agency.ActAsync(agency.Officer, consulted.Id, "third-party-consultations", new { parties = new[] { new { name = "某公司", email = "legal@company.example.cn" } } });

        Assert.Contains("请您自收到本告知书之日起15个工作日内向本机关作出补正", await LetterTextAsync(unclear.Id, LetterKinds.ClarificationNotice));
        var consultationLetter = await LetterTextAsync(consulted.Id, LetterKinds.ThirdPartyConsultation);
        Assert.Contains("请贵方自收到本征求意见书之日起15个工作日内提出书面意见", consultationLetter);
        Assert.DoesNotContain("即于", consultationLetter);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{unclear.Id}");
        request.Headers.Add("X-Access-Code", unclear.AccessCode);
        var asked = (await (await agency.Public.SendAsync(request)).ReadJsonAsync()).GetProperty("clarification");
        Assert.False(asked.TryGetProperty("replyBy", out _));
        Assert.Equal(15, asked.GetProperty("replyWithinWorkingDays").GetInt32());

        using (var published = await agency.Administrator.PutAsJsonAsync("/api/calendar/years/2027", Notices2027.Body()))
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        // 15 working days after 16 December, 1 January being a holiday: 7 January is the last day.
        await agency.AtAsync(new DateOnly(2027, 1, 7), hour: 23);
        Assert.Equal("awaiting-clarification", (await agency.CaseAsync(unclear.Id)).GetProperty("status").GetString());
        Assert.DoesNotContain("consultation-period-expired", await agency.EventTypesAsync(consulted.Id));
        await agency.AtAsync(new DateOnly(2027, 1, 8), hour: 0);
        Assert.Equal("lapsed", (await agency.CaseAsync(unclear.Id)).GetProperty("status").GetString());
        Assert.Contains("consultation-period-expired", await agency.EventTypesAsync(consulted.Id));
    }

    private async Task<string> RegisterAndAssignAsync(Agency agency, string receivedOn)
    {
        using var response = await agency.Officer.PostAsJsonAsync("/api/cases", new
        {
            applicant = new { type = "natural-person", name = "王五", idNumber = "110101199003070011", address = "北京市东城区某街1号" },
            description = "某道路改造工程的环境影响评价文件",
            format = "paper",
            delivery = "post",
            channel = "in-person",
            receivedOn,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
        await agency.ActAsync(agency.Officer, id, "assign", new { assignee = Agency.OfficerName });
        return id;
    }

    private static async Task<string[]> WorklistAsync(Agency agency) =>
        (await (await agency.Officer.GetAsync("/api/cases")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();

    private static async Task<JsonElement> WorklistRowAsync(Agency agency, string caseId) =>
        (await (await agency.Officer.GetAsync("/api/cases")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == caseId);

    private static async Task<string[]> RemindersAsync(Agency agency, string caseId) =>
        (await agency.HistoryAsync(caseId)).Where(e => e.GetProperty("type").GetString() == "reply-reminder")
            .Select(e => e.GetProperty("details").GetProperty("workingDaysLeft").GetString()!).ToArray();

    private async Task<JsonElement> HealthAsync() => await (await app!.Client().GetAsync("/api/health")).ReadJsonAsync();

    private Task<string> LetterAsync(DisclosureRequests.Core.Intake.SubmissionReceipt receipt, string kind) => LetterTextAsync(receipt.Id, kind);

    /// <summary>The letter as sent: delivered from the outbox, then read back from the stored copy.</summary>
    private async Task<string> LetterTextAsync(string caseId, string kind)
    {
        await app!.Get<OutboxDelivery>().DeliverPendingAsync(caseId, CancellationToken.None);
        var officer = app.Client().As(Agency.OfficerName, Roles.CaseOfficer);
        var correspondence = await (await officer.GetAsync($"/api/cases/{caseId}/correspondence")).ReadJsonAsync();
        var entry = correspondence.EnumerateArray().First(e => e.GetProperty("kind").GetString() == kind);
        return await officer.GetStringAsync($"/api/cases/{caseId}/correspondence/{entry.GetProperty("id").GetString()}");
    }
}
