using System.Globalization;

namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// The mailbox an address reaches, as the filing limit counts it: case, quotes, invisible characters, a trailing dot
/// of the domain and a <c>+tag</c> of the local part all still deliver to the same mailbox on common mail servers.
/// </summary>
public static class MailboxKey
{
    public static string Of(string email)
    {
        var visible = new string(email
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control)
                && !char.IsWhiteSpace(c) && c != '"')
            .ToArray()).ToLowerInvariant();
        var at = visible.LastIndexOf('@');
        if (at < 0) return visible;
        var local = visible[..at];
        var tag = local.IndexOf('+');
        if (tag > 0) local = local[..tag];
        return $"{local}@{visible[(at + 1)..].TrimEnd('.')}";
    }
}
