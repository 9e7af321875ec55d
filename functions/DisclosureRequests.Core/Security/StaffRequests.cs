namespace DisclosureRequests.Core.Security;

/// <summary>
/// Cross-site request forgery: the staff pages change things only with same-origin <c>fetch</c> calls that carry
/// <see cref="HeaderName"/>. A form or script on another site cannot add such a header without a CORS preflight,
/// which this app never grants; the SameSite=Strict cookie is a second wall.
/// </summary>
public static class StaffRequests
{
    public const string HeaderName = "X-Staff-Request";

    public static bool IsFromThePages(HttpRequest request) => request.Headers[HeaderName].ToString() == "1";

    public static bool IsSafe(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
