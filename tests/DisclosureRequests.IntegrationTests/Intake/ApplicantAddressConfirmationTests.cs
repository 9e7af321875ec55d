using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

/// <summary>The agency's mail is not a relay: an address typed into the public form gets only a code until its owner enters it.</summary>
public sealed partial class ApplicantAddressConfirmationTests(ApplicantAddressConfirmationTests.ConfirmingSystem system)
    : IClassFixture<ApplicantAddressConfirmationTests.ConfirmingSystem>
{
    private const string Description = "2025年本市道路养护工程的招标文件和中标结果";
    private readonly SystemUnderTest app = system.App;
    private readonly Agency agency = new(system.App);

    /// <summary>The app as an agency runs it, holding letters for unconfirmed addresses.</summary>
    public sealed class ConfirmingSystem : IAsyncLifetime
    {
        public SystemUnderTest App { get; private set; } = null!;

        public async Task InitializeAsync() =>
            App = await SystemUnderTest.StartWithSettingsAsync(new Dictionary<string, string> { ["Mail:ConfirmApplicantAddresses"] = "true" });

        public Task DisposeAsync() => App.DisposeAsync();
    }

    [Fact]
    public async Task An_online_filing_is_received_at_once_but_its_address_gets_only_a_confirmation_code()
    {
        var receipt = await agency.FileAsync(Applications.Valid(description: Description));
        Assert.Equal("pending", receipt.EmailConfirmation);
        Assert.Equal("received", receipt.Status);
        await DeliverAsync(receipt.Id);

        var acknowledgement = await LetterAsync(receipt.Id, "acknowledgement");
        Assert.Equal(DeliveryStatus.AwaitingConfirmation, acknowledgement.GetProperty("status").GetString());
        var mails = await MailsAsync(receipt.Id);
        var request = Assert.Single(mails);
        Assert.Equal("zhangsan@example.cn", request.GetProperty("to")[0].GetString());
        var text = request.GetProperty("text").GetString()!;
        Assert.Matches(CodePattern(), request.GetProperty("subject").GetString()!);
        Assert.Contains(receipt.TrackingNumber, text);
        Assert.DoesNotContain(Description, text);
        Assert.DoesNotContain("张三", text);

        var view = await TrackAsync(receipt);
        Assert.Equal("pending", view.GetProperty("emailConfirmation").GetString());
        var letter = view.GetProperty("letters").EnumerateArray().Single();
        Assert.Equal(DeliveryStatus.AwaitingConfirmation, letter.GetProperty("status").GetString());
        using var read = new HttpRequestMessage(HttpMethod.Get, letter.GetProperty("url").GetString());
        read.Headers.Add("X-Access-Code", receipt.AccessCode);
        Assert.Contains(Description, await (await agency.Public.SendAsync(read)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_right_code_releases_every_letter_kept_for_the_address_and_is_on_the_record()
    {
        var receipt = await agency.FileAndAssignAsync(Applications.Valid(description: Description));
        await DeliverAsync(receipt.Id);
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请写明招标项目的名称" } });
        await DeliverAsync(receipt.Id);
        Assert.Equal(DeliveryStatus.AwaitingConfirmation, (await LetterAsync(receipt.Id, "clarification-notice")).GetProperty("status").GetString());
        Assert.Single(await MailsAsync(receipt.Id));

        var code = await MailedCodeAsync(receipt.Id);
        var confirmed = await agency.ApplicantAsync(receipt, "email-confirmation", new { code = code.ToLowerInvariant() });
        Assert.False(confirmed.TryGetProperty("emailConfirmation", out var pending) && pending.ValueKind == JsonValueKind.String);
        Assert.Contains("applicant-email-confirmed", await agency.EventTypesAsync(receipt.Id));
        await DeliverAsync(receipt.Id);

        Assert.Equal(DeliveryStatus.Delivered, (await LetterAsync(receipt.Id, "acknowledgement")).GetProperty("status").GetString());
        Assert.Equal(DeliveryStatus.Delivered, (await LetterAsync(receipt.Id, "clarification-notice")).GetProperty("status").GetString());
        var subjects = (await MailsAsync(receipt.Id)).Select(m => m.GetProperty("subject").GetString()!).ToArray();
        Assert.Equal(3, subjects.Length);
        Assert.Contains(subjects, s => s.StartsWith("政府信息公开申请登记回执", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.StartsWith("政府信息公开申请补正告知书", StringComparison.Ordinal));

        await agency.ApplicantAsync(receipt, "email-confirmation", new { code });
        Assert.Single(await agency.EventTypesAsync(receipt.Id), t => t == "applicant-email-confirmed");
    }

    [Fact]
    public async Task A_clarification_notice_held_for_the_address_runs_from_the_day_the_applicant_reads_it_on_the_tracking_page()
    {
        var receipt = await agency.FileAndAssignAsync(Applications.Valid(description: Description));
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请写明招标项目的名称" } });
        await DeliverAsync(receipt.Id);
        Assert.False((await agency.CaseAsync(receipt.Id)).GetProperty("clarification").TryGetProperty("replyBy", out _));

        using var byOfficer = await agency.Officer.GetAsync($"/api/requests/{receipt.Id}");
        Assert.Equal(HttpStatusCode.OK, byOfficer.StatusCode);
        Assert.DoesNotContain("letter-read-online", await agency.EventTypesAsync(receipt.Id));

        var expected = DisclosureRequests.Calendar.WorkingDayCalendar.Official.AddWorkingDays(agency.Today, 15).ToString("yyyy-MM-dd");
        var tracked = await TrackAsync(receipt);
        await TrackAsync(receipt);

        Assert.Equal(expected, tracked.GetProperty("clarification").GetProperty("replyBy").GetString());
        Assert.Equal(expected, (await agency.CaseAsync(receipt.Id)).GetProperty("clarification").GetProperty("replyBy").GetString());
        var line = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "letter-read-online");
        Assert.Equal("政府信息公开申请补正告知书", line.GetProperty("details").GetProperty("letter").GetString());
        Assert.Equal(agency.Today.ToString("yyyy-MM-dd"), line.GetProperty("details").GetProperty("on").GetString());
        Assert.Equal("applicant", line.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_Chinese_and_changes_nothing()
    {
        var receipt = await agency.FileAsync();
        await DeliverAsync(receipt.Id);

        var refused = await agency.ApplicantAsync(receipt, "email-confirmation", new { code = "00000000" }, HttpStatusCode.BadRequest);
        Assert.Equal("确认码不正确，请核对发送到您电子邮箱的确认码。", refused.GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal("pending", (await TrackAsync(receipt)).GetProperty("emailConfirmation").GetString());
        Assert.DoesNotContain("applicant-email-confirmed", await agency.EventTypesAsync(receipt.Id));
        Assert.Single(await MailsAsync(receipt.Id));
    }

    [Fact]
    public async Task Only_the_holder_of_the_access_code_may_confirm_and_staff_cannot_confirm_for_them()
    {
        var receipt = await agency.FileAsync();
        await DeliverAsync(receipt.Id);
        var code = await MailedCodeAsync(receipt.Id);

        using var anonymous = await agency.Public.PostAsJsonAsync($"/api/requests/{receipt.Id}/email-confirmation", new { code });
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        using var officer = await agency.Officer.PostAsJsonAsync($"/api/requests/{receipt.Id}/email-confirmation", new { code });
        Assert.Equal(HttpStatusCode.NotFound, officer.StatusCode);
        var stranger = await agency.FileAsync();
        using var foreign = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/email-confirmation") { Content = JsonContent.Create(new { code }) };
        foreign.Headers.Add("X-Access-Code", stranger.AccessCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Public.SendAsync(foreign)).StatusCode);
        Assert.Equal("pending", (await TrackAsync(receipt)).GetProperty("emailConfirmation").GetString());
    }

    [Fact]
    public async Task An_application_an_officer_registered_needs_no_confirmation()
    {
        using var response = await agency.Officer.PostAsJsonAsync("/api/cases", new
        {
            applicant = new { type = "natural-person", name = "王五", idNumber = "110101199003070011", email = "wangwu@example.cn" },
            description = Description,
            format = "electronic",
            delivery = "email",
            channel = "in-person",
            receivedOn = agency.Today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
        await DeliverAsync(id);

        Assert.Equal(DeliveryStatus.Delivered, (await LetterAsync(id, "acknowledgement")).GetProperty("status").GetString());
        Assert.Contains(Description, Assert.Single(await MailsAsync(id)).GetProperty("text").GetString());
    }

    private Task DeliverAsync(string caseId) => app.Get<OutboxDelivery>().DeliverPendingAsync(caseId, CancellationToken.None);

    private async Task<JsonElement> TrackAsync(Core.Intake.SubmissionReceipt receipt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await agency.Public.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<JsonElement> LetterAsync(string caseId, string kind) =>
        (await (await agency.Officer.GetAsync($"/api/cases/{caseId}/correspondence")).ReadJsonAsync())
        .EnumerateArray().Single(e => e.GetProperty("kind").GetString() == kind);

    private Task<List<JsonElement>> MailsAsync(string caseId) => app.OfCaseAsync(caseId);

    private async Task<string> MailedCodeAsync(string caseId) =>
        CodePattern().Match(Assert.Single(await MailsAsync(caseId)).GetProperty("subject").GetString()!).Groups[1].Value;

    [GeneratedRegex("确认码：([0-9A-Z]{8})")]
    private static partial Regex CodePattern();
}
