using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Fees;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>Cases filed through the API and driven through the workflow; the year's report counts them as they ended.</summary>
public sealed class ReportFromWorkflowTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly Actor Officer = Actor.Officer("officer-a", Roles.CaseOfficer);
    private static readonly Actor Reviewer = Actor.Officer("reviewer-b", Roles.LegalReviewer);
    private static readonly Actor Approver = Actor.Officer("approver-c", Roles.Approver);
    private static readonly Actor Admin = Actor.Officer("admin", Roles.Administrator);

    [Fact]
    public async Task The_year_counts_replies_withdrawals_lapses_fees_and_remedies_and_a_filing_at_midnight_China_time_falls_in_the_new_year()
    {
        var client = app.Client();
        var replied = await client.FileAsync();
        await RunAsync(replied.Id, Officer, new CaseCommand.Assign("officer-a"));
        await ReplyAsync(replied.Id, new CaseCommand.Draft("disclosed", null, "予以公开", [], null));
        await RunAsync(replied.Id, Admin, new CaseCommand.RecordReconsideration("corrected"));

        var withdrawn = await client.FileAsync(Applicant("commercial-enterprise"));
        await RunAsync(withdrawn.Id, Actor.Applicant, new CaseCommand.Withdraw("不再需要"));

        var lapsed = await client.FileAsync(Applicant("research-institution"));
        await RunAsync(lapsed.Id, Officer, new CaseCommand.RequestClarification(["请说明所需信息的具体年份"], 5));

        var carriedOver = await RegisterAsync("2025-12-31");
        await RunAsync(carriedOver, Officer, new CaseCommand.Assign("officer-a"));
        await RunAsync(carriedOver, Officer, new CaseCommand.IssueFeeNotice(FeeBasis.Pages, 50, 0));
        await RunAsync(carriedOver, Officer, new CaseCommand.RecordFeePayment(200));
        await ReplyAsync(carriedOver, new CaseCommand.Draft("partially-disclosed", null, "部分公开",
            [new WithheldPart("third-party-rights", "第三方的个人信息")], null));

        app.Time.SetUtcNow(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        await RunAsync(lapsed.Id, Actor.System, new CaseCommand.FireDueTimers());

        // 23:30 on 31 December in China: still 2026. 17:00 UTC on 31 December is 01:00 on 1 January in China: 2027.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero));
        var lateOnNewYearsEve = await client.FileAsync(Applicant("other-organization"));
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        using var newYear = await client.PostAsJsonAsync("/api/requests", Applicant("natural-person"));
        Assert.Equal(HttpStatusCode.Created, newYear.StatusCode);
        Assert.Equal("2027-01-01", (await newYear.ReadJsonAsync()).GetProperty("receivedOn").GetString());

        var report = await client.As("admin", Roles.Administrator).CompileAsync(2026);

        //                                        np ce ri pio lso oo total
        Assert.Equal([1, 1, 1, 0, 0, 1, 4], report.GetProperty("received").Row());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], report.GetProperty("carriedOver").Row());
        var outcomes = report.GetProperty("outcomes");
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], outcomes.GetProperty("disclosed").Row());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], outcomes.GetProperty("partially-disclosed").Row());
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], outcomes.GetProperty("other").GetProperty("other").Row());
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], outcomes.GetProperty("other").GetProperty("clarification-lapsed").Row());
        Assert.Equal([2, 1, 1, 0, 0, 0, 4], report.GetProperty("total").Row());
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], report.GetProperty("carriedForward").Row());
        Assert.Equal(1, report.GetProperty("reviewAndLitigation").GetProperty("reconsideration").GetProperty("corrected").GetInt32());
        Assert.Equal(200m, report.GetProperty("feesCollected").GetDecimal());

        var status = await (await client.GetAsync("/api/reports/annual/2026/status")).ReadJsonAsync();
        Assert.Equal("completed", status.GetProperty("state").GetString());
        Assert.False(status.GetProperty("provisional").GetBoolean());
        Assert.Equal(5, status.GetProperty("processed").GetInt32());

        var open = (await app.Storage.Table(StorageNames.CaseStatisticsTable).GetEntityAsync<TableEntity>("2026", lateOnNewYearsEve.Id)).Value;
        Assert.Equal("2026-12-31", open.GetString(CaseStatisticsRows.ReceivedOn));
        Assert.Equal("other-organization", open.GetString(CaseStatisticsRows.ApplicantType));
        foreach (var column in new[] { CaseStatisticsRows.ConcludedOn, CaseStatisticsRows.Outcome, CaseStatisticsRows.Reason, CaseStatisticsRows.FeesCollectedOn,
                     CaseStatisticsRows.ReconsiderationResult, CaseStatisticsRows.ReconsiderationRecordedOn, CaseStatisticsRows.LitigationRoute,
                     CaseStatisticsRows.LitigationResult, CaseStatisticsRows.LitigationRecordedOn })
            Assert.Equal("", open.GetString(column));
        Assert.Equal("0", open.GetString(CaseStatisticsRows.FeesCollected));
    }

    private async Task ReplyAsync(string id, CaseCommand.Draft draft)
    {
        await RunAsync(id, Officer, draft);
        await RunAsync(id, Reviewer, new CaseCommand.LegalReview(CaseCommand.Approve, null));
        await RunAsync(id, Approver, new CaseCommand.Approval(CaseCommand.Approve, null));
    }

    private async Task RunAsync(string id, Actor actor, CaseCommand command)
    {
        var outcome = await app.Get<CaseCommands>().ExecuteAsync(id, command, actor, null, CancellationToken.None);
        Assert.IsType<CommandOutcome.Applied>(outcome);
    }

    private static object Applicant(string type) => new
    {
        applicant = new { type, name = "某某单位", organizationCode = "91110000000000000E", email = "office@example.cn" },
        description = "2026年本单位所在区域的规划许可信息",
        format = "electronic",
        delivery = "email",
    };

    private async Task<string> RegisterAsync(string receivedOn)
    {
        var officer = app.Client().As("officer-a", Roles.CaseOfficer);
        using var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            applicant = new { type = "natural-person", name = "王五", idNumber = "110101199003070011", address = "北京市东城区某街1号" },
            description = "某道路改造工程的环境影响评价文件",
            format = "paper",
            delivery = "post",
            channel = "in-person",
            receivedOn,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }
}
