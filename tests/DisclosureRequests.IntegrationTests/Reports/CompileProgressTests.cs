using System.Net;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;

namespace DisclosureRequests.IntegrationTests.Reports;

public sealed class CompileProgressTests(GatedReportSystem app) : IClassFixture<GatedReportSystem>
{
    [Fact]
    public async Task A_compile_run_in_the_background_shows_the_records_read_so_far_in_its_status()
    {
        var table = app.Storage.Table(StorageNames.CaseStatisticsTable);
        for (var i = 0; i < 5; i++)
            await table.AddEntityAsync(CaseStatisticsRows.Entity(new CaseStatisticsRecord(
                $"case-{i}", "natural-person", new DateOnly(2025, 2, 3 + i), null, null, null, 0m, null, null, null, null, null, null)));
        var admin = app.Client().As("admin", Roles.Administrator);
        app.Gate.HoldAfterWrite = 2;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/annual/2025");
        request.Headers.Add("Prefer", "respond-async");
        using var accepted = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("/api/reports/annual/2025/status", accepted.Headers.Location?.OriginalString);
        Assert.Equal("compiling", (await accepted.ReadJsonAsync()).GetProperty("state").GetString());

        await app.Gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var midway = await (await admin.GetAsync("/api/reports/annual/2025/status")).ReadJsonAsync();
        using var notYet = await admin.GetAsync("/api/reports/annual/2025?format=json");
        app.Gate.Released.SetResult();

        Assert.Equal("compiling", midway.GetProperty("state").GetString());
        Assert.Equal(2, midway.GetProperty("processed").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);

        // Without Prefer: respond-async the call joins the compile under way (or starts one) and answers with the report.
        var report = await admin.CompileAsync(2025);
        Assert.Equal(5, report.GetProperty("received").GetProperty("total").GetInt32());
        var done = await (await admin.GetAsync("/api/reports/annual/2025/status")).ReadJsonAsync();
        Assert.Equal("completed", done.GetProperty("state").GetString());
        Assert.Equal(5, done.GetProperty("processed").GetInt32());
    }
}
