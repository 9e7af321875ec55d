using System.Net;
using System.Text.Json;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>
/// Cases whose dates lie before the test clock's start, committed through the case store and projected by the
/// app's own projections (as the sweep would after a crash), and readers of the report JSON by column.
/// </summary>
internal static class StatisticsFixtures
{
    public static readonly string[] Columns = [.. ApplicantTypes.All, "total"];

    public static async Task<string> CommitCaseAsync(
        this IServiceProvider services, string applicantType, DateOnly receivedOn, Func<CaseState, CaseState>? then = null)
    {
        var id = CaseIds.New();
        var application = new ApplicationDetails(
            new Applicant(applicantType, "测试申请人", null, null, "applicant@example.cn", null, null), "2024年本区财政预算执行情况", "electronic", "email");
        var filedAt = new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        var opened = CaseFiling.Open(id, $"{receivedOn.Year}-{id[..6]}", application, "in-person", receivedOn, filedAt, "not-a-real-hash", null,
            "officer", services.GetRequiredService<WorkingDayCalendar>());
        var state = then?.Invoke(opened.State) ?? opened.State;
        Assert.True(await services.GetRequiredService<CaseStore>().TryCommitAsync(new CaseCommit(state, null, opened.Events, []) { At = filedAt }, CancellationToken.None));
        await services.GetRequiredService<CaseCommands>().RefreshAsync(id, CancellationToken.None);
        return id;
    }

    public static Func<CaseState, CaseState> Concluded(string outcome, string? reason, DateOnly on) => s => s with
    {
        Status = (outcome, reason) switch
        {
            ("other", "other") => CaseStatus.Withdrawn,
            ("other", _) => CaseStatus.Lapsed,
            _ => CaseStatus.Replied,
        },
        Conclusion = new Conclusion(outcome, reason, on),
        Version = s.Version + 1,
    };

    /// <summary>A count row of the report JSON in column order: the six applicant types, then the total.</summary>
    public static int[] Row(this JsonElement counts) => [.. Columns.Select(c => counts.GetProperty(c).GetInt32())];

    public static async Task<JsonElement> CompileAsync(this HttpClient admin, int year)
    {
        using var response = await admin.PostAsync($"/api/reports/annual/{year}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
