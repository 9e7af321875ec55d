using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Throttling;

namespace DisclosureRequests.Core.Intake;

/// <summary>What the filing routes work with, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record IntakeApiServices(ApplicationIntake Intake, Throttles Throttles, WorkingDayCalendar Calendar, TimeProvider Time);
