using System.Reflection;
using System.Text;
using System.Text.Json;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>Turns a <see cref="BadRequest"/> into an HTTP request against one of the app's own endpoints.</summary>
public sealed class BadRequestSender(IReadOnlyList<RouteEndpoint> routes, SubmissionReceipt existing)
{
    public static IReadOnlyList<RouteEndpoint> RoutesOf(SystemUnderTest app) =>
        app.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
            .ToArray();

    public string Describe(BadRequest request) =>
        $"{Method(routes[request.Route])} {routes[request.Route].RoutePattern.RawText} {request}";

    public HttpRequestMessage Build(BadRequest request)
    {
        var route = routes[request.Route];
        var message = new HttpRequestMessage(new HttpMethod(Method(route)), Path(route, request));
        switch (request.Caller)
        {
            case Caller.InRoles roles:
                message.Headers.Add(ClientPrincipalAuthentication.HeaderName, Principals.Header("fuzz@agency.gov.cn", roles.Roles));
                break;
            case Caller.MalformedPrincipal malformed:
                message.Headers.TryAddWithoutValidation(ClientPrincipalAuthentication.HeaderName, HeaderSafe(malformed.Header));
                break;
        }
        if (request.IdempotencyKey is { } key) message.Headers.TryAddWithoutValidation("Idempotency-Key", HeaderSafe(key));
        if (request.AccessCode != AccessCodeChoice.None)
            message.Headers.Add(AccessCodes.HeaderName, request.AccessCode == AccessCodeChoice.Right ? existing.AccessCode : "0000000000000000000Z");
        message.Headers.TryAddWithoutValidation("Accept-Language", request.English ? "en" : "zh-CN");
        if (message.Method != HttpMethod.Get) message.Content = Content(route, request.Body);
        return message;
    }

    private static string Method(RouteEndpoint route) => route.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0];

    private string Path(RouteEndpoint route, BadRequest request)
    {
        var path = new StringBuilder();
        var parameters = route.RoutePattern.Parameters;
        foreach (var segment in route.RoutePattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                if (part is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal) path.Append(literal.Content);
                else if (part is Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter)
                    path.Append(Uri.EscapeDataString(Value(parameter.Name, request.RouteValues[parameters.ToList().FindIndex(p => p.Name == parameter.Name) % request.RouteValues.Count])));
            }
        }
        if (request.Query.Count > 0)
            path.Append('?').AppendJoin('&', request.Query.Select(q => $"{q.Name}={Uri.EscapeDataString(HeaderSafe(q.Value))}"));
        return path.ToString();
    }

    private string Value(string parameter, RouteValue value) => value switch
    {
        RouteValue.ExistingCase when parameter == "trackingNumber" => existing.TrackingNumber,
        RouteValue.ExistingCase => existing.Id,
        RouteValue.UnknownCase unknown => unknown.Id,
        RouteValue.Garbage garbage => garbage.Text,
        _ => "",
    };

    private static HttpContent Content(RouteEndpoint route, BadBody body)
    {
        var accepts = route.Metadata.GetMetadata<IAcceptsMetadata>();
        switch (body)
        {
            case BadBody.Empty:
                return new ByteArrayContent([]);
            case BadBody.NotAnObject(var json):
                return Json(json);
            case BadBody.Truncated(var json, var cut):
                return Json(json[..Math.Max(1, json.Length - cut)]);
            case BadBody.Oversized(var kilobytes):
                return Json($$"""{"description":"{{new string('x', kilobytes * 1024)}}","reason":"x"}""");
            case BadBody.WrongContentType(var type, var text):
                var wrong = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
                wrong.Headers.TryAddWithoutValidation("Content-Type", type);
                return wrong;
            case BadBody.BadMultipart(var kind, var name):
                return Multipart(kind, name);
            case BadBody.Shaped shaped:
                return Json(Shape(accepts?.RequestType, shaped));
            default:
                throw new ArgumentOutOfRangeException(nameof(body));
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static HttpContent Multipart(int kind, string name)
    {
        var form = new MultipartFormDataContent();
        switch (kind)
        {
            case 0:
                form.Add(new ByteArrayContent([]), "files", name.Length == 0 ? "a.txt" : name);
                break;
            case 1:
                form.Add(new StringContent("not a file"), "note");
                break;
            case 2:
                var garbage = new ByteArrayContent(Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nunterminated"));
                garbage.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
                return garbage;
            case 3:
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 hello")), "files", "../" + name);
                break;
            default:
                var unbounded = new ByteArrayContent(Encoding.UTF8.GetBytes("hello"));
                unbounded.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
                return unbounded;
        }
        return form;
    }

    /// <summary>An object with the route's own property names, its values from the plan, and the plan's fault in one of them.</summary>
    private static string Shape(Type? bodyType, BadBody.Shaped plan)
    {
        var properties = bodyType is null || bodyType == typeof(Microsoft.AspNetCore.Http.IFormFileCollection)
            ? ["description", "reason", "items"]
            : bodyType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (p.Name, p.PropertyType)).ToArray() is var typed
                ? typed.Select(t => t.Name).ToArray() : [];
        var types = bodyType?.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, p => p.PropertyType) ?? [];
        var fields = new List<string>();
        var overlongCandidates = properties.Where(p => types.GetValueOrDefault(p) is null || types[p] == typeof(string))
            .Where(p => p is not ("Channel" or "ReceivedOn")).ToArray();
        var fault = plan.Fault == BodyFault.Overlong && overlongCandidates.Length > 0 ? BodyFault.Overlong : BodyFault.WrongType;
        var faulty = fault == BodyFault.Overlong ? overlongCandidates[plan.FaultAt % overlongCandidates.Length] : properties.Length == 0 ? "x" : properties[plan.FaultAt % properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(properties[i]);
            if (properties[i] == faulty) continue;
            if (types.GetValueOrDefault(properties[i]) is { } type && Nested(type) is { } nested)
                fields.Add($"\"{name}\":{NestedValue(type, nested, plan.Values, i)}");
            else if (plan.Values.Count > 0)
                fields.Add($"\"{name}\":{plan.Values[i % plan.Values.Count]}");
        }
        var faultName = JsonNamingPolicy.CamelCase.ConvertName(faulty);
        fields.Add(fault == BodyFault.Overlong
            ? $"\"{faultName}\":{JsonSerializer.Serialize(new string('长', 4001 + plan.FaultAt * 37) + "\u202E")}"
            : $"\"{faultName}\":true");
        return "{" + string.Join(",", fields) + "}";
    }

    private static Type? Nested(Type type)
    {
        var element = type.IsGenericType && type.GetGenericArguments() is [var only] && type != typeof(string) ? only : type;
        return element.IsClass && element != typeof(string) && element.Namespace?.StartsWith("DisclosureRequests") == true ? element : null;
    }

    private static string NestedValue(Type declared, Type nested, IReadOnlyList<string> values, int offset)
    {
        var fields = nested.GetProperties().Select((p, i) =>
            $"\"{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}\":{(values.Count > 0 ? values[(offset + i) % values.Count] : "null")}");
        var one = "{" + string.Join(",", fields) + "}";
        return declared == nested ? one : "[" + one + "]";
    }

    private static string HeaderSafe(string value) => new(value.Where(c => c >= ' ' && c < '\u007f').ToArray());
}
