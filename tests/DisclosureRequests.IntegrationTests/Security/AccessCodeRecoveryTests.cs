using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Security;

/// <summary>
/// An applicant who lost the access code asks on the tracking page with the tracking number and the e-mail address
/// they confirmed: a new code goes to that address, and only there. Every request answers alike.
/// </summary>
public sealed partial class AccessCodeRecoveryTests(AccessCodeRecoveryTests.RecoveringSystem system) : IClassFixture<AccessCodeRecoveryTests.RecoveringSystem>
{
    private readonly SystemUnderTest app = system.App;
    private readonly Agency agency = new(system.App);

    /// <summary>Addresses typed into the public form are confirmed first, as an agency runs it.</summary>
    public sealed class RecoveringSystem : IAsyncLifetime
    {
        public SystemUnderTest App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SystemUnderTest.StartWithSettingsAsync(new Dictionary<string, string>
        {
            ["Mail:ConfirmApplicantAddresses"] = "true",
            ["Throttling:RecoveriesPerClient"] = "1000",
        });

        public Task DisposeAsync() => App.DisposeAsync();
    }

    [Fact]
    public async Task A_new_code_goes_to_the_confirmed_address_only_and_the_old_code_stops_working()
    {
        var receipt = await ConfirmedAsync("zhangsan@example.cn");

        using var response = await RecoverAsync(receipt.TrackingNumber, " ZhangSan@Example.CN ");
        await DeliverAsync(receipt.Id);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = Assert.Single(await MailsAsync(receipt.Id), m => m.GetProperty("subject").GetString()!.StartsWith("【查询码】", StringComparison.Ordinal));
        Assert.Equal("zhangsan@example.cn", mail.GetProperty("to")[0].GetString());
        var code = NewCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value;
        Assert.DoesNotContain(code, mail.GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await TrackStatusAsync(receipt.Id, receipt.AccessCode));
        Assert.Equal(HttpStatusCode.OK, await TrackStatusAsync(receipt.Id, code));
        Assert.Contains("access-code-recovered", await agency.EventTypesAsync(receipt.Id));

        // The code is in the mail alone: not in the outbox, the record or the applicant's list of letters.
        var record = await agency.Officer.GetStringAsync($"/api/cases/{receipt.Id}/correspondence") +
                     await agency.Officer.GetStringAsync($"/api/cases/{receipt.Id}/history") +
                     await agency.Officer.GetStringAsync($"/api/cases/{receipt.Id}") +
                     await OutboxRowsAsync(receipt.Id);
        Assert.DoesNotContain(code, record, StringComparison.OrdinalIgnoreCase);
        var letters = (await TrackAsync(receipt.Id, code)).GetProperty("letters").EnumerateArray().Select(l => l.GetProperty("kind").GetString());
        Assert.DoesNotContain("access-code-recovery", letters);
    }

    [Fact]
    public async Task A_wrong_address_an_unconfirmed_one_or_an_unknown_number_answer_alike_and_change_nothing()
    {
        var confirmed = await ConfirmedAsync("lisi@example.cn");
        var unconfirmed = await agency.FileAsync(Applications.Valid(name: "王五", idNumber: "110101198505050032", email: "wangwu@example.cn"));
        await DeliverAsync(unconfirmed.Id);

        var timer = System.Diagnostics.Stopwatch.StartNew();
        using var wrongAddress = await RecoverAsync(confirmed.TrackingNumber, "someone@example.cn");
        using var notConfirmed = await RecoverAsync(unconfirmed.TrackingNumber, "wangwu@example.cn");
        using var unknown = await RecoverAsync("2026-999999", "lisi@example.cn");
        // Each takes as long as a request that writes a new code, so the time tells nothing either.
        Assert.True(timer.Elapsed >= TimeSpan.FromMilliseconds(1200), $"three answers in {timer.Elapsed.TotalMilliseconds:F0} ms");
        using var blank = await RecoverAsync(" ", "");

        foreach (var answer in new[] { wrongAddress, notConfirmed, unknown })
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.Equal("", await answer.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var errors = (await blank.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal("此项为必填项", errors.GetProperty("trackingNumber")[0].GetString());
        Assert.Equal("此项为必填项", errors.GetProperty("email")[0].GetString());
        foreach (var receipt in new[] { confirmed, unconfirmed })
        {
            await DeliverAsync(receipt.Id);
            Assert.DoesNotContain("access-code-recovered", await agency.EventTypesAsync(receipt.Id));
            Assert.Equal(HttpStatusCode.OK, await TrackStatusAsync(receipt.Id, receipt.AccessCode));
            Assert.DoesNotContain(await MailsAsync(receipt.Id), m => m.GetProperty("subject").GetString()!.StartsWith("【查询码】", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Asking_again_while_the_mail_is_on_its_way_sends_nothing_new_so_the_mailed_code_still_works()
    {
        var receipt = await ConfirmedAsync("zhaoliu@example.cn");

        for (var n = 0; n < 3; n++)
        {
            using var answer = await RecoverAsync(receipt.TrackingNumber, "zhaoliu@example.cn");
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        }
        await DeliverAsync(receipt.Id);

        Assert.Single(await agency.EventTypesAsync(receipt.Id), t => t == "access-code-recovered");
        var code = Assert.Single(await RecoveryCodesAsync(receipt.Id));
        Assert.Equal(HttpStatusCode.OK, await TrackStatusAsync(receipt.Id, code));

        app.Time.Advance(TimeSpan.FromMinutes(15));
        using var later = await RecoverAsync(receipt.TrackingNumber, "zhaoliu@example.cn");
        await DeliverAsync(receipt.Id);
        Assert.Equal(2, (await RecoveryCodesAsync(receipt.Id)).Count);
        Assert.Equal(HttpStatusCode.NotFound, await TrackStatusAsync(receipt.Id, code));
    }

    [Fact]
    public async Task A_second_new_code_waits_the_whole_spacing_even_when_a_counting_window_ends_between()
    {
        var receipt = await ConfirmedAsync("sunqi@example.cn");
        // A minute before a 15-minute boundary of the clock, where counters kept in fixed windows start afresh.
        var window = TimeSpan.FromMinutes(15);
        var toBoundary = window - TimeSpan.FromTicks(app.Time.GetUtcNow().UtcTicks % window.Ticks) - TimeSpan.FromMinutes(1);
        app.Time.Advance(toBoundary < TimeSpan.Zero ? toBoundary + window : toBoundary);

        using var first = await RecoverAsync(receipt.TrackingNumber, "sunqi@example.cn");
        app.Time.Advance(TimeSpan.FromMinutes(2));
        using var second = await RecoverAsync(receipt.TrackingNumber, "sunqi@example.cn");
        await DeliverAsync(receipt.Id);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var code = Assert.Single(await RecoveryCodesAsync(receipt.Id));
        Assert.Equal(HttpStatusCode.OK, await TrackStatusAsync(receipt.Id, code));
        Assert.Single(await agency.EventTypesAsync(receipt.Id), t => t == "access-code-recovered");
    }

    private async Task<List<string>> RecoveryCodesAsync(string caseId) =>
        (await MailsAsync(caseId)).Where(m => m.GetProperty("subject").GetString()!.StartsWith("【查询码】", StringComparison.Ordinal))
            .Select(m => NewCode().Match(m.GetProperty("text").GetString()!).Groups[1].Value).ToList();

    private async Task<SubmissionReceipt> ConfirmedAsync(string email)
    {
        var receipt = await agency.FileAsync(Applications.Valid(email: email));
        await DeliverAsync(receipt.Id);
        var subject = Assert.Single(await MailsAsync(receipt.Id)).GetProperty("subject").GetString()!;
        await agency.ApplicantAsync(receipt, "email-confirmation", new { code = ConfirmationCode().Match(subject).Groups[1].Value });
        await DeliverAsync(receipt.Id);
        return receipt;
    }

    private Task<HttpResponseMessage> RecoverAsync(string trackingNumber, string email) =>
        agency.Public.PostAsJsonAsync("/api/requests/access-code-recovery", new { trackingNumber, email });

    private Task DeliverAsync(string caseId) => app.Get<OutboxDelivery>().DeliverPendingAsync(caseId, CancellationToken.None);

    private async Task<HttpStatusCode> TrackStatusAsync(string caseId, string accessCode)
    {
        using var response = await agency.TrackAsync(caseId, accessCode);
        return response.StatusCode;
    }

    private async Task<JsonElement> TrackAsync(string caseId, string accessCode)
    {
        using var response = await agency.TrackAsync(caseId, accessCode);
        return await response.ReadJsonAsync();
    }

    private async Task<string> OutboxRowsAsync(string caseId)
    {
        var rows = new List<string>();
        await foreach (var row in app.Storage.Table(StorageNames.CasesTable).QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == caseId))
            rows.Add(JsonSerializer.Serialize(row));
        return string.Join('\n', rows);
    }

    private Task<List<JsonElement>> MailsAsync(string caseId) => app.OfCaseAsync(caseId);

    [GeneratedRegex("确认码：([0-9A-Z]{8})")]
    private static partial Regex ConfirmationCode();

    [GeneratedRegex("新查询码：([0-9A-Z]{20})")]
    private static partial Regex NewCode();
}
