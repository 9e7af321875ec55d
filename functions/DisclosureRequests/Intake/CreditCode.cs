namespace DisclosureRequests.Intake;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: 17 characters from a 31-character
/// alphabet (digits and capitals without I, O, S, V, Z), then a check character computed modulo 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string value)
    {
        if (value.Length != Length) return false;
        var code = value.ToUpperInvariant();
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var digit = Alphabet.IndexOf(code[i]);
            if (digit < 0) return false;
            sum += digit * Weights[i];
        }
        return code[Length - 1] == Alphabet[(31 - sum % 31) % 31];
    }
}
