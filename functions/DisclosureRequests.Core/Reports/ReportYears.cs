using DisclosureRequests.Calendar;

namespace DisclosureRequests.Core.Reports;

/// <summary>The years a report can be compiled for.</summary>
public static class ReportYears
{
    /// <summary>The first year this system keeps cases for; the 2019 Regulations' report format counts from it.</summary>
    public const int First = 2018;

    /// <summary>Years from <see cref="First"/> to the current year in China; the current year only as a provisional report.</summary>
    public static bool IsCompilable(int year, TimeProvider time) => year >= First && year <= ChinaTime.Today(time).Year;

    public static bool IsProvisional(int year, TimeProvider time) => year >= ChinaTime.Today(time).Year;

    /// <summary>The year the 1 January run reports on: the one just ended in China time (Art. 49).</summary>
    public static int JustEnded(TimeProvider time) => ChinaTime.Today(time).Year - 1;
}
