using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Security;

/// <summary>An applicant who lost the access code gets a new one from a case officer; the old one stops working at once.</summary>
public sealed class AccessCodeReissueTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const string Checked = "申请人持居民身份证到受理窗口，经核对与申请信息一致";
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_case_officer_gives_a_new_code_that_works_while_the_old_one_no_longer_does_and_the_record_keeps_no_code()
    {
        var receipt = await agency.FileAndAssignAsync();

        using var response = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = Checked });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var reissued = await response.ReadJsonAsync();
        Assert.Equal(receipt.TrackingNumber, reissued.GetProperty("trackingNumber").GetString());
        var code = reissued.GetProperty("accessCode").GetString()!;
        Assert.NotEqual(receipt.AccessCode, code);
        Assert.Equal(HttpStatusCode.NotFound, await TrackAsync(receipt.Id, receipt.AccessCode));
        Assert.Equal(HttpStatusCode.OK, await TrackAsync(receipt.Id, code));

        var line = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "access-code-reissued");
        Assert.Equal(Checked, line.GetProperty("details").GetProperty("identityCheck").GetString());
        Assert.Equal(Agency.OfficerName, line.GetProperty("actor").GetString());
        var record = (await agency.Officer.GetStringAsync($"/api/cases/{receipt.Id}/history")) + (await agency.Officer.GetStringAsync($"/api/cases/{receipt.Id}"));
        Assert.DoesNotContain(code, record, StringComparison.OrdinalIgnoreCase);

        // The applicant's confirmed address hears of it, without the code.
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);
        var notice = Assert.Single(await app.OfCaseAsync(receipt.Id), m => m.GetProperty("subject").GetString()!.StartsWith("【查询码】", StringComparison.Ordinal));
        Assert.Contains("经核实申请人身份后重新生成", notice.GetProperty("text").GetString());
        Assert.DoesNotContain(code, notice.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_a_case_officer_may_and_only_after_saying_how_the_applicant_was_identified()
    {
        var receipt = await agency.FileAndAssignAsync();
        var body = new { identityCheck = Checked };

        using var anonymous = await ReissueAsync(agency.Public, receipt.Id, body);
        using var reviewer = await ReissueAsync(agency.Reviewer, receipt.Id, body);
        using var administrator = await ReissueAsync(agency.Administrator, receipt.Id, body);
        using var applicant = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{receipt.Id}/access-code") { Content = JsonContent.Create(body) };
        applicant.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var byApplicant = await agency.Public.SendAsync(applicant);
        using var unsaid = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = "  " });
        using var tooLong = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = new string('核', 201) });
        using var unknown = await ReissueAsync(agency.Officer, new string('0', 32), body);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, administrator.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unsaid.StatusCode);
        Assert.Contains("请写明如何核实了申请人的身份", (await unsaid.ReadJsonAsync()).GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await TrackAsync(receipt.Id, receipt.AccessCode));
        Assert.DoesNotContain("access-code-reissued", await agency.EventTypesAsync(receipt.Id));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_answers_the_same_code_until_a_later_reissue_replaces_it()
    {
        var receipt = await agency.FileAndAssignAsync();
        var key = Guid.NewGuid().ToString();

        using var first = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = Checked }, key);
        using var retry = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = Checked }, key);
        var code = (await first.ReadJsonAsync()).GetProperty("accessCode").GetString();
        Assert.Equal(code, (await retry.ReadJsonAsync()).GetProperty("accessCode").GetString());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Single(await agency.EventTypesAsync(receipt.Id), "access-code-reissued");

        using var later = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = "电话核实申请人身份证号码和申请内容" });
        using var stale = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = Checked }, key);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.DoesNotContain(code!, await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_closed_case_still_gets_a_new_code_so_its_reply_can_be_read()
    {
        var receipt = await agency.FileAsync();
        await agency.ApplicantAsync(receipt, "withdrawal", new { reason = "不再需要" });

        using var response = await ReissueAsync(agency.Officer, receipt.Id, new { identityCheck = Checked });

        var code = (await response.ReadJsonAsync()).GetProperty("accessCode").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await TrackAsync(receipt.Id, code));
    }

    private static Task<HttpResponseMessage> ReissueAsync(HttpClient who, string caseId, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/access-code") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return who.SendAsync(request);
    }

    private async Task<HttpStatusCode> TrackAsync(string caseId, string accessCode)
    {
        using var response = await agency.TrackAsync(caseId, accessCode);
        return response.StatusCode;
    }
}
