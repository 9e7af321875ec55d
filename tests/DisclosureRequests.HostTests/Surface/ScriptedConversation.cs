using System.Net.Http.Json;
using System.Text;
using DisclosureRequests.Cases;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>
/// One list of requests a citizen, an officer and a reviewer send to a host: filing, reading back with and without
/// the access code, a bad body, unknown ids, staff routes unsigned and with the wrong role, a command on a version the
/// case has moved past, the API and the pages.
/// </summary>
public static class ScriptedConversation
{
    public const string Filing = "file an application";
    public const string ReadWithCode = "read it back with the access code";
    public const string ReadWithoutCode = "read it back without the access code";
    public const string BadBody = "file a body without the application's fields";
    public const string UnknownApplication = "read an unknown application";
    public const string UnknownCase = "read an unknown case as an officer";
    public const string Unsigned = "read a case without a principal";
    public const string WrongRole = "assign a case as a legal reviewer";
    public const string StaleVersion = "assign a case with an If-Match it has moved past";
    public const string OpenApi = "read the OpenAPI document";
    public const string SiteRoot = "open the site root";
    public const string Track = "open /track";

    private const string Officer = "officer@agency.gov.cn";

    public static async Task<IReadOnlyList<HostAnswer>> HoldAsync(Func<HttpClient> client)
    {
        using var citizen = client();
        using var officer = client().As(Officer, StaffRoles.CaseOfficer);
        using var reviewer = client().As("reviewer@agency.gov.cn", StaffRoles.LegalReviewer);
        var answers = new List<HostAnswer>();

        async Task<HostAnswer> AskAsync(string step, HttpClient who, HttpRequestMessage request)
        {
            using (request)
            using (var response = await who.SendAsync(request))
            {
                var answer = await HostAnswer.OfAsync(step, response);
                answers.Add(answer);
                return answer;
            }
        }

        var filing = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(Application) };
        filing.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var filed = await AskAsync(Filing, citizen, filing);
        Assert.True(filed is { Status: 201, Json: not null }, $"{Filing}: {filed}");
        var receipt = filed.Json!.Value;
        var id = receipt.GetProperty("id").GetString()!;
        var accessCode = receipt.GetProperty("accessCode").GetString()!;

        await AskAsync(ReadWithCode, citizen, Get($"/api/requests/{id}", accessCode));
        await AskAsync(ReadWithoutCode, citizen, Get($"/api/requests/{id}"));
        await AskAsync(BadBody, citizen, new(HttpMethod.Post, "/api/requests") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        await AskAsync(UnknownApplication, citizen, Get($"/api/requests/{Guid.NewGuid():N}", accessCode));
        await AskAsync(UnknownCase, officer, Get($"/api/cases/{Guid.NewGuid():N}"));
        await AskAsync(Unsigned, citizen, Get($"/api/cases/{id}"));
        await AskAsync(WrongRole, reviewer, new(HttpMethod.Post, $"/api/cases/{id}/assign") { Content = JsonContent.Create(new { assignee = Officer }) });
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/assign") { Content = JsonContent.Create(new { assignee = Officer }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"99\"");
        await AskAsync(StaleVersion, officer, stale);
        await AskAsync(OpenApi, citizen, Get("/api/openapi.json"));
        await AskAsync(SiteRoot, citizen, Get("/"));
        await AskAsync(Track, citizen, Get("/track"));
        return answers;
    }

    private static readonly object Application = new
    {
        applicant = new { type = "natural-person", name = "张三", idNumber = "110101199003070011", email = "zhangsan@example.cn" },
        description = "2025年本市道路养护工程的招标文件和中标结果",
        format = "electronic",
        delivery = "email",
    };

    private static HttpRequestMessage Get(string path, string? accessCode = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessCode is not null) request.Headers.Add("X-Access-Code", accessCode);
        return request;
    }
}
