using DisclosureRequests.Calendar;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Calendar;

/// <summary>
/// A 2027 holiday notice for the tests. The State Council had not published the real one when these tests were
/// written, so this is a plausible notice in its usual shape (元旦 1 January, 春节 around 6 February, 国庆 from
/// 1 October, adjusted workdays on weekends), not the official dates.
/// </summary>
public static class Notices2027
{
    public static readonly string[] Holidays =
    [
        "2027-01-01",
        "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
        "2027-04-05",
        "2027-05-03", "2027-05-04", "2027-05-05",
        "2027-06-09",
        "2027-09-15",
        "2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07",
    ];

    public static readonly string[] Workdays = ["2027-02-20", "2027-04-25", "2027-05-08", "2027-09-26", "2027-10-09"];

    public static object Body(string document = "国办发明电〔2026〕9号", string publishedOn = "2026-11-12", IEnumerable<string>? holidays = null, IEnumerable<string>? workdays = null) => new
    {
        source = new { document, publishedOn },
        holidays = (holidays ?? Holidays).ToArray(),
        workdays = (workdays ?? Workdays).ToArray(),
    };

    /// <summary>The calendar a release would ship: the built-in years through <paramref name="lastYear"/>, plus 2027 rows if given.</summary>
    public static WorkingDayCalendar BuiltIn(int lastYear, IEnumerable<string>? holidays2027 = null, IEnumerable<string>? workdays2027 = null)
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "functions", "DisclosureRequests", "Calendar", "cn-holiday-calendar.csv"))
            .Where((line, i) => i == 0 || int.Parse(line[..4]) <= lastYear)
            .Concat((holidays2027 ?? []).Select(d => (Date: d, Kind: "holiday")).Concat((workdays2027 ?? []).Select(d => (Date: d, Kind: "workday")))
                .OrderBy(r => r.Date, StringComparer.Ordinal).Select(r => $"{r.Date},{r.Kind},节假日"));
        return WorkingDayCalendar.Parse(new StringReader(string.Join('\n', rows)));
    }
}
