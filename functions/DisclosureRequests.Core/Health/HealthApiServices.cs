using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Health;

/// <summary>What the health check probes, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record HealthApiServices(StorageClients Storage, WorkingDayCalendars Calendars, DueTimerIndex Timers, TimeProvider Time);
