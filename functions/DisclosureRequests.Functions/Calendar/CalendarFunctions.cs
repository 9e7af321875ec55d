using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Calendar;

public sealed class CalendarFunctions(HttpPipeline pipeline)
{
    [Function("WorkingDays")]
    public Task WorkingDays([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/calendar/working-days")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CalendarYears")]
    public Task CalendarYears([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/calendar/years")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CalendarYear")]
    public Task CalendarYear([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/calendar/years/{year}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("PublishCalendarYear")]
    public Task PublishCalendarYear([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/calendar/years/{year}")] HttpRequest request) => pipeline.RunAsync(request);
}
