using System.Net;
using System.Text.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class WorklistTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_worklist_filters_by_status_assignee_and_due_date_most_urgent_first()
    {
        var mine = await agency.FileAndAssignAsync();
        var unassigned = await agency.FileAsync();
        var paused = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, paused.Id, "third-party-consultations", new { parties = new[] { new { name = "某公司", email = "a@b.cn" } } });
        var closed = await agency.FileAsync();
        await agency.ApplicantAsync(closed, "withdrawal", new { });

        var open = await Ids("/api/cases");
        Assert.Contains(mine.Id, open);
        Assert.Contains(unassigned.Id, open);
        Assert.Contains(paused.Id, open);
        Assert.DoesNotContain(closed.Id, open);
        Assert.Contains(unassigned.Id, await Ids("/api/cases?status=received"));
        Assert.DoesNotContain(mine.Id, await Ids("/api/cases?status=received"));
        Assert.Contains(closed.Id, await Ids("/api/cases?status=withdrawn"));
        Assert.DoesNotContain(unassigned.Id, await Ids($"/api/cases?assignee={Agency.OfficerName}"));
        Assert.Empty(await Ids("/api/cases?dueBefore=2026-03-30"));
        Assert.Contains(mine.Id, await Ids("/api/cases?dueBefore=2026-03-31"));

        var list = (await (await agency.Reviewer.GetAsync("/api/cases?pageSize=200")).ReadJsonAsync()).GetProperty("items");
        var first = list.EnumerateArray().Single(i => i.GetProperty("id").GetString() == mine.Id);
        Assert.True(list.EnumerateArray().Select(i => i.GetProperty("rankDate").GetString()).SequenceEqual(
            list.EnumerateArray().Select(i => i.GetProperty("rankDate").GetString()).Order(StringComparer.Ordinal)));
        Assert.Equal("2026-03-30", first.GetProperty("replyDueOn").GetString());
        Assert.Equal(20, first.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("张三", first.GetProperty("applicantName").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("summary").GetString()));
        var pausedRow = list.EnumerateArray().Single(i => i.GetProperty("id").GetString() == paused.Id);
        Assert.Equal("paused", pausedRow.GetProperty("clock").GetString());
        Assert.Equal(20, pausedRow.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.Officer.GetAsync("/api/cases?status=sleeping")).StatusCode);
    }

    [Fact]
    public async Task Words_find_a_case_by_tracking_number_applicant_name_and_request()
    {
        var wanted = await agency.FileAsync(Applications.Valid("欧阳明月", "2024年本市河道整治工程的环境影响评价报告"));
        await agency.FileAsync(Applications.Valid("王五", "2025年本区学校食堂的食品安全抽检结果"));

        Assert.Equal([wanted.Id], await Ids($"/api/cases?q={wanted.TrackingNumber}"));
        Assert.Equal([wanted.Id], await Ids("/api/cases?q=" + Uri.EscapeDataString("欧阳")));
        Assert.Equal([wanted.Id], await Ids("/api/cases?q=" + Uri.EscapeDataString("河道 环境影响")));
        Assert.Empty(await Ids("/api/cases?q=" + Uri.EscapeDataString("河道 食堂")));
    }

    [Fact]
    public async Task Paging_returns_each_open_case_exactly_once_even_while_cases_move_in_the_ranking()
    {
        var receipts = new List<DisclosureRequests.Core.Intake.SubmissionReceipt>();
        for (var i = 0; i < 12; i++) receipts.Add(await agency.FileAndAssignAsync());
        var filed = receipts.Select(r => r.Id).ToList();

        var seen = new List<string>();
        var page = await PageAsync("/api/cases?pageSize=5");
        seen.AddRange(Ids(page));
        // Cases change between pages: one already seen and one not yet seen leave the open list, one is new.
        app.Time.Advance(TimeSpan.FromSeconds(1));
        await agency.ApplicantAsync(receipts[0], "withdrawal", new { });
        await agency.ApplicantAsync(receipts[^1], "withdrawal", new { });
        await agency.FileAsync();
        while (page.GetProperty("continuation").ValueKind == JsonValueKind.String)
        {
            page = await PageAsync("/api/cases?pageSize=5&continuation=" + Uri.EscapeDataString(page.GetProperty("continuation").GetString()!));
            seen.AddRange(Ids(page));
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(filed.ToHashSet(), seen.ToHashSet());
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.Officer.GetAsync("/api/cases?continuation=not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.Officer.GetAsync("/api/cases?pageSize=0")).StatusCode);
    }

    private async Task<JsonElement> PageAsync(string url) => await (await agency.Officer.GetAsync(url)).ReadJsonAsync();

    private static string[] Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();

    private async Task<string[]> Ids(string url) => Ids(await PageAsync(url + (url.Contains('?') ? "&" : "?") + "pageSize=200"));
}
