using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// Where a paging stands: the moment it began (every page reads the worklist as it stood then, so a case that moves
/// meanwhile is still seen exactly once) and the last row it returned. Opaque to callers.
/// </summary>
public sealed record WorklistContinuation(DateTimeOffset AsOf, string After)
{
    private const string Version = "1";

    public string Encode() =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{Version}|{AsOf.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{After}"));

    public static bool TryDecode(string token, out WorklistContinuation? continuation)
    {
        continuation = null;
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|', 3);
            if (parts.Length != 3 || parts[0] != Version || !parts[2].StartsWith("rank-", StringComparison.Ordinal)) return false;
            if (!long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks) || ticks < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks) return false;
            continuation = new WorklistContinuation(new DateTimeOffset(ticks, TimeSpan.Zero), parts[2]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
