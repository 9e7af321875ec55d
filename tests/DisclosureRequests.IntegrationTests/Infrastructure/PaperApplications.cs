using DisclosureRequests.Calendar;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>A paper application an officer registers (<c>POST /api/cases</c>), received on a day of the test's choosing.</summary>
public static class PaperApplications
{
    public static object ReceivedOn(DateOnly receivedOn, string channel = "registered-post") => new
    {
        applicant = new { type = "natural-person", name = "王五", idNumber = "110101199003070011", address = "北京市东城区某街1号" },
        description = "某道路改造工程的环境影响评价文件",
        format = "paper",
        delivery = "post",
        channel,
        receivedOn = receivedOn.ToString("yyyy-MM-dd"),
    };

    /// <summary>An application filed online by someone without e-mail, to be answered by post: every letter goes on paper.</summary>
    public static object ByPost(string name = "司马光", string description = "2025年本区农村公路建设项目的验收报告") => new
    {
        applicant = new { type = "natural-person", name, idNumber = "110101199003070011", address = "北京市东城区某街1号" },
        description,
        format = "paper",
        delivery = "post",
    };

    /// <summary>The day <paramref name="workingDays"/> working days before today (China time), on the calendar the app ships.</summary>
    public static DateOnly WorkingDaysAgo(int workingDays)
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var before = today;
        while (WorkingDayCalendar.Official.CountWorkingDays(before, today) < workingDays) before = before.AddDays(-1);
        return before;
    }
}
