using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// What an API request body may be, checked before any handler reads it: of a content type the route accepts (else
/// 415), and no larger than the route's own limit (uploads) or <see cref="MaxJsonBytes"/> (else 413). A JSON body is
/// read into memory up to the limit, so the answer is the same whether or not the client sent a length and whichever
/// server runs the app.
/// </summary>
public static class RequestBodies
{
    /// <summary>Ample for the largest valid request (an application of 4,000 characters with every field full).</summary>
    public const long MaxJsonBytes = 64 * 1024;

    public static IApplicationBuilder UseRequestBodyRules(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var endpoint = context.GetEndpoint();
        if (endpoint is null || !request.Path.StartsWithSegments("/api") || !HasBody(request))
        {
            await next(context);
            return;
        }
        var routeLimit = endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        var limit = routeLimit ?? MaxJsonBytes;
        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts && !Accepted(request.ContentType, accepts.ContentTypes))
        {
            await Problem.Write(context, ProblemTypes.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType);
            return;
        }
        if (request.ContentLength > limit)
        {
            await Problem.Write(context, ProblemTypes.PayloadTooLarge, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server) server.MaxRequestBodySize = limit;
        if (routeLimit is null && !await BufferAsync(context, limit))
        {
            await Problem.Write(context, ProblemTypes.PayloadTooLarge, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        await next(context);
    });

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 ||
        (request.ContentLength is null && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)));

    private static bool Accepted(string? contentType, IReadOnlyList<string> accepted)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var given)) return false;
        var json = given.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
                   given.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (given.Charset.HasValue && !given.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return false;
        return accepted.Any(a => a.Equals(given.MediaType.Value, StringComparison.OrdinalIgnoreCase) ||
                                 (json && a.Equals("application/json", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Reads the body into memory; false once it passes <paramref name="limit"/> bytes.</summary>
    private static async Task<bool> BufferAsync(HttpContext context, long limit)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return false;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
        buffer.Position = 0;
        context.Request.Body = buffer;
        context.Response.RegisterForDispose(buffer);
        return true;
    }
}
