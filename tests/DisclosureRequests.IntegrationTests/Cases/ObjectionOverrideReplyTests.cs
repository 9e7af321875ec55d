using System.Net;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

/// <summary>Art. 32 through the API: disclosing over a third party's objection, and the letter that tells it so.</summary>
public sealed class ObjectionOverrideReplyTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);
    private const string Reasons = "中标价格属于财政资金使用情况，不公开可能对公共利益造成重大影响。";

    [Fact]
    public async Task Disclosing_over_an_objection_takes_reasons_and_sends_the_third_party_a_letter_the_applicant_never_sees()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "third-party-consultations",
            new { parties = new[] { new { name = "某建设集团有限公司", email = "legal@builder.example.cn" } } });
        await agency.ActAsync(agency.Officer, receipt.Id, "third-party-responses", new { consultationId = "c1", response = "objection", reasons = "涉及商业秘密" });

        var refused = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome = "disclosed", summary = "现将所申请信息提供给您。" }, HttpStatusCode.BadRequest);
        Assert.Contains("某建设集团有限公司不同意公开", refused.GetProperty("errors").GetProperty("overriddenObjections")[0].GetString());

        var drafted = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome = "disclosed", summary = "现将所申请信息提供给您。", overriddenObjections = new[] { new { consultationId = "c1", reasons = Reasons } } });
        var shown = drafted.GetProperty("draft").GetProperty("overriddenObjections")[0];
        Assert.Equal(("c1", Reasons), (shown.GetProperty("consultationId").GetString(), shown.GetProperty("reasons").GetString()));
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });

        Assert.Equal(["acknowledgement", "third-party-consultation", "reply", "third-party-disclosure-decision"], await agency.OutboxKindsAsync(receipt.Id));
        Assert.Contains("third-party-told-of-disclosure", await agency.EventTypesAsync(receipt.Id));
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);
        var entries = (await (await agency.Officer.GetAsync($"/api/cases/{receipt.Id}/correspondence")).ReadJsonAsync()).EnumerateArray().ToArray();
        var told = Assert.Single(entries, e => e.GetProperty("kind").GetString() == "third-party-disclosure-decision");
        Assert.Equal(("third-party", "delivered"), (told.GetProperty("audience").GetString(), told.GetProperty("status").GetString()));
        var letter = await (await agency.Officer.GetAsync($"/api/cases/{receipt.Id}/correspondence/{told.GetProperty("id").GetString()}")).Content.ReadAsStringAsync();
        Assert.Contains("某建设集团有限公司", letter);
        Assert.Contains("决定予以公开", letter);
        Assert.Contains(Reasons, letter);

        using var own = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        own.Headers.Add("X-Access-Code", receipt.AccessCode);
        var view = await (await agency.Public.SendAsync(own)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("某建设集团有限公司", view);
        Assert.DoesNotContain("third-party-disclosure-decision", view);
    }
}
