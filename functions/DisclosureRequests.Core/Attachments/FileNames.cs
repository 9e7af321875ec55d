using System.Globalization;
using System.Text;

namespace DisclosureRequests.Core.Attachments;

/// <summary>
/// Makes a client's file name safe to store and show: a name with path parts is refused outright (it is either a
/// mistake or an attack); control and bidirectional-formatting characters are dropped, characters that are unsafe in
/// file systems become <c>_</c>, and the name is cut to <see cref="MaxLength"/> characters, keeping the extension.
/// Chinese and other letters stay as they are.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 80;

    /// <summary>The safe name, or null when the name must be refused.</summary>
    public static string? Sanitise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var name = raw.Normalize(NormalizationForm.FormC);
        if (name.Contains('/') || name.Contains('\\') || name.Trim() is "." or ".." || (name.Length >= 2 && name[1] == ':')) return null;

        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) continue;
            clean.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or '#' or '%' ? '_' : c);
        }
        var safe = clean.ToString().Trim().Trim('.').Trim();
        if (safe.Length == 0) return null;

        var extension = Path.GetExtension(safe);
        if (extension.Length > 10) extension = "";
        var stem = safe[..^extension.Length];
        var elements = StringInfo.GetTextElementEnumerator(stem);
        var kept = new StringBuilder();
        var room = MaxLength - extension.Length;
        while (elements.MoveNext() && kept.Length + elements.GetTextElement().Length <= room) kept.Append(elements.GetTextElement());
        var result = kept.ToString().TrimEnd() + extension;
        return result.Trim('.').Length == 0 ? null : result;
    }
}
