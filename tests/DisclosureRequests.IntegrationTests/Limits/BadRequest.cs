namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>
/// One generated request that must be refused: which route, who calls, what fills the route's parameters and query,
/// what body and headers it carries. Every body plan is invalid by construction (see <see cref="BadBody"/>).
/// </summary>
public sealed record BadRequest(
    int Route,
    Caller Caller,
    IReadOnlyList<RouteValue> RouteValues,
    IReadOnlyList<(string Name, string Value)> Query,
    BadBody Body,
    string? IdempotencyKey,
    AccessCodeChoice AccessCode,
    bool English);

public abstract record Caller
{
    public sealed record Nobody : Caller;
    public sealed record InRoles(string[] Roles) : Caller;
    public sealed record MalformedPrincipal(string Header) : Caller;
}

public abstract record RouteValue
{
    public sealed record ExistingCase : RouteValue;
    public sealed record UnknownCase(string Id) : RouteValue;
    public sealed record Garbage(string Text) : RouteValue;
}

public enum AccessCodeChoice
{
    None,
    Wrong,
    Right,
}

/// <summary>
/// A body that no route may accept: not a JSON object, cut short, too large, of the wrong content type, empty, or an
/// object shaped like the route's body type with one fault placed in it (a value of the wrong type, or a text longer
/// than any field allows).
/// </summary>
public abstract record BadBody
{
    public sealed record Empty : BadBody;
    public sealed record NotAnObject(string Json) : BadBody;
    public sealed record Truncated(string Json, int Cut) : BadBody;
    public sealed record Oversized(int Kilobytes) : BadBody;
    public sealed record WrongContentType(string ContentType, string Text) : BadBody;
    public sealed record Shaped(BodyFault Fault, int FaultAt, IReadOnlyList<string> Values) : BadBody;
    public sealed record BadMultipart(int Kind, string FileName) : BadBody;
}

public enum BodyFault
{
    WrongType,
    Overlong,
}
