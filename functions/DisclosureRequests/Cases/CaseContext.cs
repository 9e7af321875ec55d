using DisclosureRequests.Calendar;

namespace DisclosureRequests.Cases;

/// <summary>What a decision may depend on besides the case: the calendar, the moment, who asks and the agency's settings.</summary>
public sealed record CaseContext(WorkingDayCalendar Calendar, DateTimeOffset Now, Actor Actor, WorkflowSettings Settings)
{
    public DateOnly Today => ChinaTime.DateOf(Now);
}
