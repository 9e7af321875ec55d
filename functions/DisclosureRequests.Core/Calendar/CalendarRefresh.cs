namespace DisclosureRequests.Core.Calendar;

public static class CalendarRefresh
{
    /// <summary>
    /// Another instance may have published a year: before each request the calendar is re-read if the store's
    /// revision moved (polled every few seconds). Unreachable storage must not hold the request up; the calendar
    /// then stays as it was.
    /// </summary>
    public static IApplicationBuilder UseCalendarRefresh(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            using (var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
            {
                limit.CancelAfter(TimeSpan.FromSeconds(2));
                try
                {
                    await context.RequestServices.GetRequiredService<WorkingDayCalendars>().RefreshAsync(force: false, limit.Token);
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                }
            }
            await next(context);
        });
        return app;
    }
}
