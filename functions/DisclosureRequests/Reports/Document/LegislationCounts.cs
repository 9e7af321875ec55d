namespace DisclosureRequests.Reports;

/// <summary>A line of section 二 under Art. 20(1): documents made in the year, repealed in it, and in force at its end.</summary>
public sealed record LegislationCounts(int Made, int Repealed, int InForce)
{
    public static LegislationCounts Zero { get; } = new(0, 0, 0);
}
