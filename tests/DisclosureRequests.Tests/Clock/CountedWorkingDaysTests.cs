using DisclosureRequests.Calendar;
using DisclosureRequests.Clock;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Clock;

public class CountedWorkingDaysTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;
    private static readonly CaseClock ReceivedMonday3March2025 = CaseClock.Start(Day("2025-03-03"));

    [Fact]
    public void The_day_of_receipt_does_not_count_and_each_working_day_after_it_does()
    {
        Assert.Equal(0, ReceivedMonday3March2025.CountedWorkingDays(Official, Day("2025-03-03")));
        Assert.Equal(1, ReceivedMonday3March2025.CountedWorkingDays(Official, Day("2025-03-04")));
        Assert.Equal(5, ReceivedMonday3March2025.CountedWorkingDays(Official, Day("2025-03-10")));
    }

    [Fact]
    public void Weekends_and_holidays_are_not_counted()
    {
        var received = CaseClock.Start(Day("2025-09-30"));

        Assert.Equal(0, received.CountedWorkingDays(Official, Day("2025-10-08")));
        Assert.Equal(1, received.CountedWorkingDays(Official, Day("2025-10-09")));
    }

    [Fact]
    public void A_pause_and_the_days_it_began_and_ended_on_are_left_out()
    {
        var resumed = ReceivedMonday3March2025
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-03-10"))
            .Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-14"));

        Assert.Equal(4, resumed.CountedWorkingDays(Official, Day("2025-03-12")));
        Assert.Equal(4, resumed.CountedWorkingDays(Official, Day("2025-03-14")));
        Assert.Equal(5, resumed.CountedWorkingDays(Official, Day("2025-03-17")));
    }

    [Fact]
    public void While_a_pause_lasts_the_count_stands_still()
    {
        var paused = ReceivedMonday3March2025.Pause(PauseKind.FeePayment, Day("2025-03-10"));

        Assert.Equal(4, paused.CountedWorkingDays(Official, Day("2025-03-11")));
        Assert.Equal(4, paused.CountedWorkingDays(Official, Day("2025-05-12")));
    }

    [Fact]
    public void Overlapping_pauses_are_left_out_once()
    {
        var clock = ReceivedMonday3March2025
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-03-10"))
            .Pause(PauseKind.OtherAgencyConsultation, Day("2025-03-12"))
            .Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-14"))
            .Resume(PauseKind.OtherAgencyConsultation, Day("2025-03-19"));

        Assert.Equal(4, clock.CountedWorkingDays(Official, Day("2025-03-17")));
        Assert.Equal(5, clock.CountedWorkingDays(Official, Day("2025-03-20")));
    }

    [Fact]
    public void A_stopped_clock_counts_no_further_than_the_day_it_stopped()
    {
        var stopped = ReceivedMonday3March2025.Stop(Day("2025-03-07"));

        Assert.Equal(4, stopped.CountedWorkingDays(Official, Day("2025-04-01")));
    }

    [Fact]
    public void A_day_the_calendar_does_not_reach_gives_no_count_rather_than_a_guess()
    {
        Assert.Null(ReceivedMonday3March2025.CountedWorkingDays(Official, Official.LastDay.AddDays(30)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Counted_and_left_add_up_to_the_period_on_every_day_up_to_the_due_date(int extension)
    {
        var clock = ReceivedMonday3March2025
            .Pause(PauseKind.OtherAgencyConsultation, Day("2025-03-12"))
            .Resume(PauseKind.OtherAgencyConsultation, Day("2025-03-20"));
        if (extension > 0) clock = clock.Extend(extension);
        var due = clock.Read(Official, Day("2025-03-20")).ReplyDueOn!.Value;

        for (var day = Day("2025-03-20"); day <= due; day = day.AddDays(1))
        {
            if (!Official.IsWorkingDay(day)) continue;
            Assert.Equal(StatutoryPeriods.ReplyWorkingDays + extension,
                clock.CountedWorkingDays(Official, day) + clock.Read(Official, day).WorkingDaysLeft);
        }
    }
}
