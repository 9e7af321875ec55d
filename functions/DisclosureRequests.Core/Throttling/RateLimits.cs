using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

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
    /// Takes the client address from <c>X-Forwarded-For</c> only when <c>Network:TrustForwardedHeaders</c> is set: in
    /// Azure the platform's front end sets it and no client reaches the app around it; anywhere else a client could
    /// name any address and escape its limit.
    /// </summary>
    public static IApplicationBuilder UseClientAddresses(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Network:TrustForwardedHeaders")) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        return app.UseForwardedHeaders(options);
    }
}
