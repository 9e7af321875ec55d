using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// The one rule for <c>Idempotency-Key</c> on every route that takes it: 16 to 128 characters of letters, digits and
/// <c>-_.:</c> (a UUID fits). A malformed key is refused rather than ignored, so a client never believes a retry is
/// safe when it is not. The same key with the same body answers as the first time; with another body, 422.
/// </summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const int MinLength = 16;
    public const int MaxLength = 128;

    /// <summary>
    /// The key as the route bound it (null when the header is absent). Several values arrive joined by commas, which no
    /// key contains, so they are refused like any other malformed key. Routes bind the header as a handler parameter,
    /// not inside an <c>[AsParameters]</c> record: there an empty value arrived as null and would have passed as no key.
    /// </summary>
    public static (string? Key, ProblemHttpResult? Problem) Check(string? header, HttpContext context)
    {
        if (header is null) return (null, null);
        if (IsWellFormed(header)) return (header, null);
        var message = FieldMessages.For("idempotency-key", Problem.PrefersEnglish(context));
        return (null, Problem.Validation(context, new Dictionary<string, string[]> { [HeaderName] = [message] }));
    }

    public static bool IsWellFormed(string key) =>
        key.Length is >= MinLength and <= MaxLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
