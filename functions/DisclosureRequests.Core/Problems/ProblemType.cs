namespace DisclosureRequests.Core.Problems;

/// <summary>A stable problem <c>type</c> with its title in Chinese (default) and English.</summary>
public sealed record ProblemType(string Name, string TitleZh, string TitleEn)
{
    public string Uri => "urn:disclosure-requests:problem:" + Name;

    public string Title(bool english) => english ? TitleEn : TitleZh;
}
