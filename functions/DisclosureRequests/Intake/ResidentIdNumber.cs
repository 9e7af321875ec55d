namespace DisclosureRequests.Intake;

/// <summary>
/// The 18-character citizen identity number of GB 11643-1999: 17 digits, then a check character computed by
/// ISO 7064 MOD 11-2 (a digit or X).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Whether the text has the shape of a resident ID (18 characters, 17 digits first), whatever its check character.</summary>
    public static bool LooksLikeOne(string value) =>
        value.Length == Length && value.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9') is false;

    public static bool IsValid(string value)
    {
        if (!LooksLikeOne(value)) return false;
        var sum = 0;
        for (var i = 0; i < Length - 1; i++) sum += (value[i] - '0') * Weights[i];
        return char.ToUpperInvariant(value[Length - 1]) == CheckCharacters[sum % 11];
    }
}
