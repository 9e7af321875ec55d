using System.Threading.RateLimiting;

namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// One partition of an ASP.NET Core rate-limiting policy, counted in <see cref="AttemptWindows"/>. The counts live
/// there, not here, so the middleware may drop an idle partition without forgetting its attempts.
/// </summary>
public sealed class WindowLimiter(AttemptWindows windows, string key) : RateLimiter
{
    public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? new Lease(!windows.IsExhausted(key), windows.RetryAfter())
        : permitCount == 1 ? new Lease(windows.TryTake(key), windows.RetryAfter())
        : throw new ArgumentOutOfRangeException(nameof(permitCount));

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = !acquired && metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
