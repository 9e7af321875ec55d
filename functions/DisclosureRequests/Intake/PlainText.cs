using System.Globalization;
using System.Text;

namespace DisclosureRequests.Intake;

/// <summary>
/// What a text field may hold once it enters the system: control characters (other than tab and line breaks),
/// bidirectional-formatting characters (which can make a letter read differently from what was stored) and unpaired
/// surrogates are dropped, as they are from file names.
/// </summary>
public static class PlainText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsRemoved(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsRemoved(c)) return true;
        }
        return false;
    }

    private static bool IsRemoved(char c) =>
        c is not ('\t' or '\n' or '\r') && char.GetUnicodeCategory(c) == UnicodeCategory.Control
        || IsBidirectionalFormatting(c)
        || char.IsSurrogate(c);

    private static bool IsBidirectionalFormatting(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
