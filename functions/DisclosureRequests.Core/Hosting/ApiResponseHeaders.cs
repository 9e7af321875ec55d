namespace DisclosureRequests.Core.Hosting;

public static class ApiResponseHeaders
{
    /// <summary>
    /// Every API answer may carry personal data (a case, its letters, a worklist, the print queue): no cache along
    /// the way or in the browser keeps it, unless the endpoint said otherwise; and none is read as another type.
    /// </summary>
    public static IApplicationBuilder UseApiResponseHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (string.IsNullOrEmpty(headers.CacheControl)) headers.CacheControl = "no-store";
                if (string.IsNullOrEmpty(headers.XContentTypeOptions)) headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
        }
        await next(context);
    });
}
