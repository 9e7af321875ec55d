using System.Threading.RateLimiting;
using DisclosureRequests.Core.Hosting;
using Microsoft.AspNetCore.HttpOverrides;

namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// The app's rate limits, on ASP.NET Core's rate limiter: the <see cref="FilingPolicy"/> counts every
/// <c>POST /api/requests</c> per client address; the per-e-mail and access-code limits need the body or the answer
/// and are counted where those are known (<see cref="Throttles"/>).
/// </summary>
public static class RateLimits
{
    public const string FilingPolicy = "filing";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Throttling").Get<ThrottleSettings>() ?? new ThrottleSettings());
        services.AddSingleton<Throttles>();
        services.AddSingleton<AccessCodeAttempts>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(FilingPolicy, context =>
            {
                var windows = context.RequestServices.GetRequiredService<Throttles>().FilingsPerClient;
                return RateLimitPartition.Get(ClientAddresses.Of(context), key => new WindowLimiter(windows, key));
            });
            options.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Filing refused: the client address is over its limit for the window");
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return new ValueTask(TooManyRequests.WriteAsync(context, retryAfter));
            };
        });
        return services;
    }

    /// <summary>
    /// Standalone, takes the client address from <c>X-Forwarded-For</c> only when <c>Network:TrustForwardedHeaders</c>
    /// is set (behind a reverse proxy that writes it and that no client can reach the app around); anywhere else a
    /// client could name any address and escape its limit. Under the Functions host the setting is not read: the host
    /// is the worker's only client and sets <c>X-Forwarded-For</c> to the address it saw, which the worker's ASP.NET
    /// Core integration has already applied (from loopback only) before the app's pipeline runs.
    /// </summary>
    public static IApplicationBuilder UseClientAddresses(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (HostMode.UnderFunctionsHost(configuration)) return app;
        if (!configuration.GetValue<bool>("Network:TrustForwardedHeaders")) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        return app.UseForwardedHeaders(options);
    }
}
