using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ConsultationTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);
    private static readonly object ThirdParty = new { parties = new[] { new { name = "某建设集团有限公司", email = "legal@builder.example.cn" } } };

    [Fact]
    public async Task Consultation_time_is_not_counted_whether_the_party_consents_objects_or_stays_silent()
    {
        var consents = await agency.FileAndAssignAsync();
        var objects = await agency.FileAndAssignAsync();
        var silent = await agency.FileAndAssignAsync();
        var agencySilent = await agency.FileAndAssignAsync();
        foreach (var receipt in new[] { consents, objects, silent })
        {
            var paused = await agency.ActAsync(agency.Officer, receipt.Id, "third-party-consultations", ThirdParty);
            Assert.Equal("awaiting-third-party", paused.GetProperty("status").GetString());
            Assert.Equal("paused", paused.GetProperty("clock").GetString());
            Assert.Equal(20, paused.GetProperty("workingDaysLeft").GetInt32());
            Assert.Equal("2026-03-23", paused.GetProperty("consultations")[0].GetProperty("respondBy").GetString());
        }
        await agency.ActAsync(agency.Officer, agencySilent.Id, "other-agency-consultations",
            new { parties = new[] { new { name = "市财政局", email = "czj@example.gov.cn" } } });
        Assert.Contains("third-party-consultation", await agency.OutboxKindsAsync(consents.Id));

        await agency.AtAsync(new DateOnly(2026, 3, 4));
        var consented = await agency.ActAsync(agency.Officer, consents.Id, "third-party-responses", new { consultationId = "c1", response = "consent" });
        await agency.ActAsync(agency.Officer, objects.Id, "third-party-responses", new { consultationId = "c1", response = "objection" }, HttpStatusCode.BadRequest);
        var objected = await agency.ActAsync(agency.Officer, objects.Id, "third-party-responses", new { consultationId = "c1", response = "objection", reasons = "涉及商业秘密" });

        // Paused from 3 March (receipt day) to 4 March: counting restarts on 5 March.
        Assert.Equal("in-progress", consented.GetProperty("status").GetString());
        Assert.Equal("2026-04-01", consented.GetProperty("replyDueOn").GetString());
        Assert.Equal("2026-04-01", objected.GetProperty("replyDueOn").GetString());
        Assert.Equal("objection", objected.GetProperty("consultations")[0].GetProperty("response").GetString());

        await agency.AtAsync(new DateOnly(2026, 3, 23), hour: 23);
        // Counted from 5 March, after the pause ended, through 23 March: 13 working days, 7 left; a paused case counts none.
        var counting = await agency.CaseAsync(consents.Id);
        Assert.Equal(13, counting.GetProperty("countedWorkingDays").GetInt32());
        Assert.Equal(7, counting.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal(0, (await agency.CaseAsync(silent.Id)).GetProperty("countedWorkingDays").GetInt32());
        Assert.Equal("awaiting-third-party", (await agency.CaseAsync(silent.Id)).GetProperty("status").GetString());
        await agency.AtAsync(new DateOnly(2026, 3, 24), hour: 8);

        var resumed = await agency.CaseAsync(silent.Id);
        Assert.Equal("in-progress", resumed.GetProperty("status").GetString());
        Assert.Equal("silent", resumed.GetProperty("consultations")[0].GetProperty("response").GetString());
        // Resumed on 24 March; 清明 (4–6 April) does not count.
        Assert.Equal("2026-04-22", resumed.GetProperty("replyDueOn").GetString());
        var agencyResumed = await agency.CaseAsync(agencySilent.Id);
        Assert.Equal("in-progress", agencyResumed.GetProperty("status").GetString());
        Assert.Contains("consultation-period-expired", await agency.EventTypesAsync(agencySilent.Id));
    }

    [Fact]
    public async Task Information_the_agency_cannot_tell_may_be_disclosed_is_referred_for_a_secrecy_determination_in_a_letter_that_says_so()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "third-party-consultations",
            new { parties = new[] { new { name = "某公司", email = "a@b.cn" } }, purpose = "secrecy-review" }, HttpStatusCode.BadRequest);

        var referred = await agency.ActAsync(agency.Officer, receipt.Id, "other-agency-consultations",
            new { parties = new[] { new { name = "某市国家保密局", email = "bmj@example.gov.cn" } }, purpose = "secrecy-review", information = "涉及军事管理区路段的施工图纸" });

        Assert.Equal("awaiting-other-agency", referred.GetProperty("status").GetString());
        Assert.Equal("secrecy-review", referred.GetProperty("consultations")[0].GetProperty("purpose").GetString());
        await app.Get<DisclosureRequests.Core.Notifications.OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);
        var entries = (await (await agency.Officer.GetAsync($"/api/cases/{receipt.Id}/correspondence")).ReadJsonAsync()).EnumerateArray();
        var sent = Assert.Single(entries, e => e.GetProperty("kind").GetString() == "other-agency-consultation");
        var letter = await (await agency.Officer.GetAsync($"/api/cases/{receipt.Id}/correspondence/{sent.GetProperty("id").GetString()}")).Content.ReadAsStringAsync();
        Assert.Contains("<title>关于报请确定政府信息能否公开的函</title>", letter);
        Assert.DoesNotContain("征求意见函", letter);
        Assert.Contains("第十七条", letter);
        Assert.Contains("具体为：“涉及军事管理区路段的施工图纸”。", letter);
        Assert.DoesNotContain("共同制作", letter);
        Assert.DoesNotContain("视为同意公开", letter);
    }
}
