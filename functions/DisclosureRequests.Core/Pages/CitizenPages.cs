using DisclosureRequests.Core.Security;
using Microsoft.Net.Http.Headers;

namespace DisclosureRequests.Core.Pages;

/// <summary>
/// The pages citizens use: file an application at <c>/</c>, follow it at <c>/track</c>. They call the public API
/// from the browser; under the Functions host each path is an HTTP function of its own (see FunctionCatalog).
/// </summary>
public static class CitizenPages
{
    public const string ApplicationPath = "/";
    public const string TrackingPath = "/track";
    public const string AssetsPath = "/assets";

    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapCitizenPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").AllowAnyone().ExcludeFromDescription();
        pages.MapMethods(ApplicationPath, ReadMethods, (HttpContext context, PageFiles files) => Serve(context, files.Find("apply.html"), PagePolicies.Application));
        pages.MapMethods(TrackingPath, ReadMethods, (HttpContext context, PageFiles files) => Serve(context, files.Find("track.html"), PagePolicies.Tracking));
        pages.MapMethods(AssetsPath + "/{file}", ReadMethods, (string file, HttpContext context, PageFiles files) =>
            Serve(context, Path.GetExtension(file) == ".html" ? null : files.Find(file), null));
        return app;
    }

    internal static IResult Serve(HttpContext context, PageFile? file, string? policy)
    {
        if (file is null) return Results.NotFound();
        var headers = context.Response.Headers;
        // Revalidated on every use: a new release is seen at once, and an unchanged file costs a 304.
        headers.CacheControl = "no-cache";
        headers.ETag = file.ETag;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (policy is not null)
        {
            headers.ContentSecurityPolicy = policy;
            headers.XFrameOptions = "DENY";
        }
        var sent = context.Request.Headers.IfNoneMatch;
        if (sent.Count > 0 && EntityTagHeaderValue.TryParseList(sent, out var tags) && tags.Any(t => t.Tag.Value == file.ETag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(file.Content, file.ContentType);
    }
}
