using System.Text.Json;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;

namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// The custom-handler invocation protocol: the Functions host POSTs <c>{ Data, Metadata }</c> to <c>/{FunctionName}</c>
/// and reads back <c>{ Outputs, Logs, ReturnValue }</c>. Mapped only under the host, which is the only caller: the
/// handler listens on localhost and the host forwards from the internet only what the HTTP functions' routes match,
/// none of which matches <c>/{FunctionName}</c> (a test holds the catalog to that).
/// </summary>
public static class CustomHandlerEndpoints
{
    // The host's names are PascalCase (Data, Metadata, Outputs, Logs, ReturnValue), unlike the API's camelCase.
    private static readonly JsonSerializerOptions ProtocolJson = new() { PropertyNameCaseInsensitive = true };

    public static IEndpointRouteBuilder MapCustomHandlerInvocations(this IEndpointRouteBuilder app)
    {
        foreach (var function in FunctionCatalog.Triggered)
        {
            app.MapPost("/" + function.Name, (HttpContext context, IEnumerable<IFunctionHandler> handlers, ILoggerFactory loggers, CancellationToken ct) =>
                    InvokeAsync(function, context, handlers, loggers, ct))
                .AllowAnyone()
                .ExcludeFromDescription();
        }
        return app;
    }

    private static async Task<IResult> InvokeAsync(
        FunctionDefinition function, HttpContext context, IEnumerable<IFunctionHandler> handlers, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var name = function.Name;
        var handler = handlers.Single(h => h.FunctionName == name);
        InvocationRequest? payload;
        try
        {
            payload = await JsonSerializer.DeserializeAsync<InvocationRequest>(context.Request.Body, ProtocolJson, cancellationToken);
        }
        catch (JsonException)
        {
            payload = null;
        }
        // A payload without its trigger's data is no invocation the host sends; running the function on it would fail.
        if (payload is null || payload.Data.ValueKind != JsonValueKind.Object || !payload.Data.TryGetProperty(BindingName(function.Trigger), out _))
            return Problem.Of(context, ProblemTypes.Validation, StatusCodes.Status400BadRequest);
        try
        {
            var result = await handler.RunAsync(new FunctionInvocation(payload.Data, payload.Metadata), cancellationToken);
            return Results.Json(new InvocationResponse(new Dictionary<string, object?>(), result.Logs, result.ReturnValue), ProtocolJson);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(CustomHandlerEndpoints)).LogError(e, "Function {Function} failed", name);
            return Results.Json(new InvocationResponse(new Dictionary<string, object?>(), [$"{name} failed: {e.GetType().Name}"], null),
                ProtocolJson, statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static string BindingName(FunctionTrigger trigger) =>
        trigger is FunctionTrigger.Queue ? FunctionTrigger.Queue.BindingName : FunctionTrigger.Timer.BindingName;

    private sealed record InvocationRequest(JsonElement Data, JsonElement Metadata);

    private sealed record InvocationResponse(IReadOnlyDictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue);
}
