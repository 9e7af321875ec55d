using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// <c>If-Match</c> on a command: the versions of the case (as its <c>ETag</c> gives them) the caller acted on. A command
/// whose case has moved on answers <c>412</c> and changes nothing, so an officer never approves a draft they have not
/// seen. <c>*</c> or no header leaves the command unconditional; a weak or malformed tag is refused, because the
/// comparison must be exact (RFC 9110 §13.1.1).
/// </summary>
public sealed record CaseVersionCondition(IReadOnlySet<int> Versions)
{
    public const string HeaderName = "If-Match";

    public bool IsMetBy(int version) => Versions.Contains(version);

    /// <summary>The condition from the header as the route bound it: null when absent, several values joined by commas.</summary>
    public static (CaseVersionCondition? Condition, ProblemHttpResult? Problem) Read(string? header, HttpContext context)
    {
        if (header is null) return (null, null);
        if (EntityTagHeaderValue.TryParseStrictList([header], out var tags) && tags.Count > 0)
        {
            if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any))) return (null, null);
            var versions = new HashSet<int>();
            foreach (var tag in tags)
            {
                if (tag.IsWeak || !int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
                    return (null, Malformed(context));
                versions.Add(version);
            }
            return (new CaseVersionCondition(versions), null);
        }
        return (null, Malformed(context));
    }

    private static ProblemHttpResult Malformed(HttpContext context) =>
        Problem.Validation(context, new Dictionary<string, string[]>
        {
            [HeaderName] = [FieldMessages.For("if-match", Problem.PrefersEnglish(context))],
        });
}
