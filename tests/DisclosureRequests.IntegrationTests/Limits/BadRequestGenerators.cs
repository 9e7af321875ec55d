using CsCheck;
using DisclosureRequests.Core.Security;

namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>CsCheck generators for <see cref="BadRequest"/>: hostile texts, numbers, principals, bodies and headers.</summary>
public static class BadRequestGenerators
{
    private static readonly string[] Nasty =
    [
        "", " ", "\u0000", "\u202Eevil\u202C", "\u2066x\u2069", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
        "%00", "%2e%2e%2f", "\ud800", "𠀀𠀀", "null", "true", "-1", "1e309", "NaN", "2026-02-30", "9999-99-99", "0000-00-00",
        "2026-000001x", "张三\r\n\r\nBcc: x@example.cn", "{{agency.name}}", "{% raw %}", new string('A', 300),
    ];

    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf(Nasty),
        Gen.String[Gen.Char, 0, 40],
        Gen.String[Gen.Char["\u0000\u001F\u202A\u202E\u2066\u2069abc张三0-9@.\"\\{}[]"], 0, 60]);

    /// <summary>A route value that is never a usable year, id or number (always has a character outside digits).</summary>
    private static readonly Gen<string> RouteGarbage = Gen.OneOf(
        Gen.OneOf("0", "-1", "99999999999999999999", "..", "%2e%2e", "2026-", "abc", "%E2%80%AE", "a%00b", "1 OR 1"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 40].Select(s => "z" + s));

    public static readonly Gen<RouteValue> RouteValues = Gen.Frequency(
        (5, Gen.Const<RouteValue>(new RouteValue.ExistingCase())),
        (2, Gen.String[Gen.Char["0123456789abcdef"], 32, 32].Select(id => (RouteValue)new RouteValue.UnknownCase(id))),
        (3, RouteGarbage.Select(t => (RouteValue)new RouteValue.Garbage(t))));

    private static readonly Gen<string> JsonValue = Gen.OneOf(
        Text.Select(t => System.Text.Json.JsonSerializer.Serialize(t)),
        Gen.OneOf("0", "-1", "2147483648", "-9223372036854775809", "1e400", "0.5", "null", "[]", "{}", "[\"a\",1,null]", "{\"name\":1}",
            "\"2026-01-01\"", "\"items\"", "\"pages\"", "\"approve\"", "\"natural-person\"", "\"email\"", "\"electronic\"",
            "[{\"name\":\"某单位\",\"email\":\"bad\"}]", "{\"type\":\"natural-person\",\"name\":\"张三\",\"idNumber\":\"110101199003070012\"}"),
        Gen.Long.Select(l => l.ToString()));

    public static readonly Gen<BadBody> Body = Gen.Frequency(
        (1, Gen.Const<BadBody>(new BadBody.Empty())),
        (2, Gen.OneOf("[]", "[1,2]", "42", "\"text\"", "null", "true", "[{}]", new string('[', 5000)).Select(j => (BadBody)new BadBody.NotAnObject(j))),
        (2, Gen.Select(JsonValue.Array[1, 6], Gen.Int[1, 40], (values, cut) => (BadBody)new BadBody.Truncated("{\"a\":" + string.Join(",", values), cut))),
        (1, Gen.Int[65, 300].Select(kb => (BadBody)new BadBody.Oversized(kb))),
        (2, Gen.Select(Gen.OneOf("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png", "application/json; charset=latin1"), Text,
            (type, text) => (BadBody)new BadBody.WrongContentType(type, text))),
        (8, Gen.Select(Gen.Enum<BodyFault>(), Gen.Int[0, 20], JsonValue.Array[0, 12],
            (fault, at, values) => (BadBody)new BadBody.Shaped(fault, at, values))),
        (1, Gen.Select(Gen.Int[0, 4], Gen.OneOf("../a.pdf", "..\\b.txt", "", "c:x.pdf", "a.txt"), (kind, name) => (BadBody)new BadBody.BadMultipart(kind, name))));

    public static readonly Gen<Caller> Callers = Gen.Frequency(
        (3, Gen.Const<Caller>(() => new Caller.Nobody())),
        (5, Gen.OneOf(Roles.All.ToArray()).Select(r => (Caller)new Caller.InRoles([r]))),
        (1, Gen.Const<Caller>(() => new Caller.InRoles(Roles.All.ToArray()))),
        (2, Gen.OneOf(
                Gen.OneOf("!!!", "e30=", "bnVsbA==", "W10=", "eyJjbGFpbXMiOm51bGx9", "eyJjbGFpbXMiOltudWxsXX0="),
                Gen.String[Gen.Char.AlphaNumeric, 1, 80])
            .Select(h => (Caller)new Caller.MalformedPrincipal(h))));

    private static readonly Gen<(string, string)> QueryPair = Gen.Select(
        Gen.OneOf("status", "dueBefore", "assignee", "from", "add", "format", "q", "pageSize", "continuation", "expires", "sig"), Text,
        (name, value) => (name, value));

    private static readonly Gen<string?> IdempotencyKey = Gen.Frequency(
        (3, Gen.Const<string?>(() => null)),
        (2, Gen.Guid.Select(g => (string?)g.ToString())),
        (1, Gen.OneOf(Gen.OneOf("short", "has spaces in it, long enough", new string('k', 200), "键键键键键键键键键键键键键键键键"), Text).Select(k => (string?)k)));

    public static Gen<BadRequest> Requests(int routes) => Gen.Select(
        Gen.Int[0, routes - 1], Callers, RouteValues.Array[4, 4], QueryPair.Array[0, 3], Body, IdempotencyKey,
        Gen.Enum<AccessCodeChoice>(), Gen.Bool,
        (route, caller, values, query, body, key, code, english) =>
            new BadRequest(route, caller, values, query.Select(q => (q.Item1, q.Item2)).ToArray(), body, key, code, english));
}
