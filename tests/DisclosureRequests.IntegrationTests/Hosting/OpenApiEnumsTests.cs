using System.Text.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Intake;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Hosting;

public sealed class OpenApiEnumsTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    public static TheoryData<string, string, string[]> CodeSets => new()
    {
        { "ApplicantRequest", "type", [.. ApplicantTypes.All] },
        { "ApplicationRequest", "format", [.. ApplicationRules.Formats] },
        { "ApplicationRequest", "delivery", [.. ApplicationRules.Deliveries] },
        { "ApplicationRequest", "channel", [.. ApplicationRules.Channels] },
        { "DraftReplyBody", "outcome", ["disclosed", "partially-disclosed", "withheld", "unavailable", "not-processed", "other"] },
        {
            "DraftReplyBody", "reason",
            [
                "already-public", "state-secret", "prohibited-by-law", "security-stability", "third-party-rights", "internal-affairs", "process-information",
                "enforcement-case-file", "administrative-query", "not-held", "requires-creation", "still-unclear", "petition-complaint",
                "duplicate", "publication", "excessive", "confirmation", "other",
            ]
        },
        {
            "Conclusion", "reason",
            [
                "already-public", "state-secret", "prohibited-by-law", "security-stability", "third-party-rights", "internal-affairs", "process-information",
                "enforcement-case-file", "administrative-query", "not-held", "requires-creation", "still-unclear", "petition-complaint",
                "duplicate", "publication", "excessive", "confirmation", "clarification-lapsed", "fee-unpaid", "other",
            ]
        },
        { "WithheldPart", "reason", [.. ReplyOutcomes.WithheldReasons] },
        { "DecisionBody", "decision", ["approve", "return"] },
        { "ExtensionApprovalBody", "decision", ["approve", "refuse"] },
        { "ConsultationResponseBody", "response", ["consent", "objection"] },
        { "Consultation", "response", ["consent", "objection", "silent"] },
        { "FeeNoticeBody", "basis", ["items", "pages"] },
        { "FeeQuote", "basis", ["items", "pages"] },
        { "ReconsiderationBody", "result", [.. RemedyRecord.Results] },
        { "LitigationBody", "route", [.. RemedyRecord.Routes] },
        { "LitigationBody", "result", [.. RemedyRecord.Results] },
        { "LetterDispatchBody", "method", [.. LetterDispatch.Methods] },
        { "CaseView", "status", [.. Enum.GetValues<CaseStatus>().Select(s => s.ToCode())] },
        { "CaseView", "channel", [.. ApplicationRules.Channels] },
        { "WorklistItem", "status", [.. Enum.GetValues<CaseStatus>().Select(s => s.ToCode())] },
        { "WorklistItem", "applicantType", [.. ApplicantTypes.All] },
    };

    [Theory]
    [MemberData(nameof(CodeSets))]
    public async Task The_document_lists_each_code_the_validation_accepts(string schema, string property, string[] codes)
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var described = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
        // An enum type of .NET is described once, as a component schema of its own.
        if (described.TryGetProperty("$ref", out var reference)) described = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        Assert.Equal(codes, Codes(described));
    }

    [Fact]
    public async Task The_worklist_status_parameter_lists_every_status()
    {
        var parameters = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/cases").GetProperty("get").GetProperty("parameters");
        var status = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Equal(Enum.GetValues<CaseStatus>().Select(s => s.ToCode()), Codes(status.GetProperty("schema")));
    }

    [Fact]
    public async Task Staff_roles_are_listed_on_each_item_of_the_roles_array()
    {
        var roles = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("StaffMemberBody").GetProperty("properties").GetProperty("roles");
        Assert.Equal(Roles.All, Codes(roles.GetProperty("items")));
    }

    [Fact]
    public async Task Every_code_set_the_app_declares_reaches_the_document()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        foreach (var ((type, property), codes) in OpenApiEnums.Properties)
        {
            Assert.True(schemas.TryGetProperty(type.Name, out var schema), $"{type.Name} is not in the document");
            var described = schema.GetProperty("properties").GetProperty(property);
            Assert.Equal(codes, Codes(described.ValueKind == JsonValueKind.Object && described.TryGetProperty("items", out var items) ? items : described));
        }
    }

    [Fact]
    public async Task Each_listed_application_code_passes_the_rules_and_an_unlisted_one_does_not()
    {
        var properties = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var types = Codes(properties.GetProperty("ApplicantRequest").GetProperty("properties").GetProperty("type"));
        var formats = Codes(properties.GetProperty("ApplicationRequest").GetProperty("properties").GetProperty("format"));
        var deliveries = Codes(properties.GetProperty("ApplicationRequest").GetProperty("properties").GetProperty("delivery"));
        foreach (var type in types) Assert.DoesNotContain(ApplicationRules.Check(Application(type, "electronic", "email")), e => e.Field == "applicant.type");
        foreach (var format in formats) Assert.DoesNotContain(ApplicationRules.Check(Application("natural-person", format, "email")), e => e.Field == "format");
        foreach (var delivery in deliveries) Assert.DoesNotContain(ApplicationRules.Check(Application("natural-person", "electronic", delivery)), e => e.Field == "delivery");
        Assert.Contains(ApplicationRules.Check(Application("company", "electronic", "email")), e => e.Field == "applicant.type");
        Assert.Contains(ApplicationRules.Check(Application("natural-person", "fax", "email")), e => e.Field == "format");
        Assert.Contains(ApplicationRules.Check(Application("natural-person", "electronic", "fax")), e => e.Field == "delivery");
    }

    private static ApplicationDetails Application(string type, string format, string delivery) => new(
        new Applicant(type, "张三", null, "91110000100000000X", "zhangsan@example.cn", null, "北京市东城区1号"),
        "2025年本市道路养护工程的招标文件", format, delivery);

    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await app.Client().GetAsync("/api/openapi.json");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    private static string[] Codes(JsonElement schema) =>
        schema.TryGetProperty("enum", out var codes) ? [.. codes.EnumerateArray().Select(c => c.GetString()!)] : [];
}
