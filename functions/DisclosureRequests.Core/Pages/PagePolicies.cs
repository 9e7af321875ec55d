namespace DisclosureRequests.Core.Pages;

/// <summary>The Content-Security-Policy of each page: scripts only from the app's own files, never inline.</summary>
public static class PagePolicies
{
    public const string Application =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    // Letters are shown as sent, in a sandboxed srcdoc frame that may run no script. Such a frame inherits this
    // policy, and the letters carry their own <style>, so this page alone also allows inline styles.
    public const string Tracking =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    // The staff pages show letters as sent in sandboxed srcdoc frames too, so they allow inline styles as well.
    public const string Staff = Tracking;
}
