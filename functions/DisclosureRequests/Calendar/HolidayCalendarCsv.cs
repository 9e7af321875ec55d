using System.Globalization;

namespace DisclosureRequests.Calendar;

/// <summary>
/// Reads cn-holiday-calendar.csv (<c>date,kind,name</c>, one row per date, no quoting) and checks it, so that a
/// mistyped row fails loudly at start-up instead of shifting a statutory deadline.
/// </summary>
internal static class HolidayCalendarCsv
{
    private const string Header = "date,kind,name";

    /// <summary>Returns coverage (whole years from the first row's year to the last row's) and working-day flags.</summary>
    public static (DateOnly FirstDay, bool[] IsWorking) Read(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var header = csv.ReadLine();
        if (header is null || header.Trim() != Header)
        {
            throw new FormatException($"Holiday calendar: line 1 must be the header '{Header}', found '{header}'.");
        }

        var rows = new List<(DateOnly Date, bool IsWorkday)>();
        var lineNumber = 1;
        for (var line = csv.ReadLine(); line is not null; line = csv.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var row = ParseRow(line, lineNumber);
            if (rows.Count > 0 && row.Date <= rows[^1].Date)
            {
                throw new FormatException(row.Date == rows[^1].Date
                    ? $"Holiday calendar: line {lineNumber}: duplicate date {row.Date:yyyy-MM-dd}."
                    : $"Holiday calendar: line {lineNumber}: {row.Date:yyyy-MM-dd} is out of order; rows must be sorted by date.");
            }

            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            throw new FormatException("Holiday calendar: the file has no rows.");
        }

        var firstDay = new DateOnly(rows[0].Date.Year, 1, 1);
        var lastDay = new DateOnly(rows[^1].Date.Year, 12, 31);
        RequireEveryYear(rows, firstDay.Year, lastDay.Year);

        var isWorking = new bool[lastDay.DayNumber - firstDay.DayNumber + 1];
        for (var i = 0; i < isWorking.Length; i++)
        {
            isWorking[i] = firstDay.AddDays(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        foreach (var (date, isWorkday) in rows)
        {
            isWorking[date.DayNumber - firstDay.DayNumber] = isWorkday;
        }

        return (firstDay, isWorking);
    }

    private static (DateOnly Date, bool IsWorkday) ParseRow(string line, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 3)
        {
            throw new FormatException($"Holiday calendar: line {lineNumber}: expected 3 fields (date,kind,name), found {fields.Length}.");
        }

        if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Holiday calendar: line {lineNumber}: '{fields[0]}' is not a yyyy-MM-dd date.");
        }

        if (fields[2].Trim().Length == 0)
        {
            throw new FormatException($"Holiday calendar: line {lineNumber}: the festival name is empty.");
        }

        var kind = fields[1].Trim();
        switch (kind)
        {
            case "holiday":
                return (date, false);
            case "workday" when date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday:
                return (date, true);
            case "workday":
                throw new FormatException(
                    $"Holiday calendar: line {lineNumber}: workday {date:yyyy-MM-dd} is a {date.DayOfWeek}; " +
                    "an adjusted workday (调休上班日) is always a Saturday or Sunday.");
            default:
                throw new FormatException($"Holiday calendar: line {lineNumber}: unknown kind '{kind}'; expected 'holiday' or 'workday'.");
        }
    }

    private static void RequireEveryYear(List<(DateOnly Date, bool IsWorkday)> rows, int firstYear, int lastYear)
    {
        var years = rows.Select(r => r.Date.Year).ToHashSet();
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (!years.Contains(year))
            {
                throw new FormatException(
                    $"Holiday calendar: no rows for {year}; the State Council notice for {year} is missing.");
            }
        }
    }
}
