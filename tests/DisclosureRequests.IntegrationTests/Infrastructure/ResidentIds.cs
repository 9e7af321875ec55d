namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>Resident ID numbers with a correct check character (GB 11643), for tests that need many applicants.</summary>
public static class ResidentIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Numbered(int sequence)
    {
        var body = "11010119900307" + (sequence % 1000).ToString("D3");
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
