using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// How ranked worklist rows are keyed: <c>rank-open|yyyyMMdd|{tracking number}|{version}</c> (or <c>rank-closed|…</c>),
/// so a range query reads them most urgent first. Case ids are hexadecimal, so no index row falls in these ranges.
/// </summary>
public static class WorklistKeys
{
    public const string OpenPrefix = "rank-open|";
    public const string ClosedPrefix = "rank-closed|";

    /// <summary>How long a paging may last: moved rows are kept this long, and older continuations are refused.</summary>
    public static readonly TimeSpan PagingLifetime = TimeSpan.FromDays(1);

    /// <summary>A row not moved yet: later than any moment a paging can start at.</summary>
    public static readonly DateTimeOffset NotMoved = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private const int SummaryLength = 60;
    private const int SearchedDescriptionLength = 200;

    public static string Place(bool open, DateOnly rankDate, string trackingNumber) =>
        $"{(open ? OpenPrefix : ClosedPrefix)}{rankDate:yyyyMMdd}|{trackingNumber}|";

    /// <summary>The end of a prefix's range: '}' sorts right after '|'.</summary>
    public static string End(string prefix) => prefix[..^1] + "}";

    /// <summary>A line of the request, as the worklist shows it.</summary>
    public static string Summary(string description)
    {
        var line = description.Split('\n', 2)[0].Trim();
        return line.Length <= SummaryLength ? line : line[..SummaryLength] + "…";
    }

    /// <summary>What <c>q</c> is matched against: tracking number, applicant name and the start of the request.</summary>
    public static string SearchText(CaseState state)
    {
        var description = state.Application.Description;
        if (description.Length > SearchedDescriptionLength) description = description[..SearchedDescriptionLength];
        return Normalize($"{state.TrackingNumber} {state.Application.Applicant.Name} {description}");
    }

    public static string Normalize(string text) => text.Trim().ToLowerInvariant();
}
