using System.Text.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>
/// What the OpenAPI document says of each command: its answer (inferred from the handler's typed results), the
/// refusals a client must handle, and the headers it binds. A route that lost any of them fails here.
/// </summary>
public sealed class OpenApiCommandRoutesTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly string[] CaseActions =
    [
        "assign", "clarification-request", "third-party-consultations", "third-party-responses", "other-agency-consultations",
        "other-agency-responses", "extension-request", "extension-approval", "reply-delay", "fee-notice", "fee-payment",
        "draft-reply", "legal-review", "approval", "reconsideration", "litigation",
    ];

    public static TheoryData<string, string> Commands()
    {
        var commands = new TheoryData<string, string>();
        foreach (var action in CaseActions) commands.Add($"/api/cases/{{id}}/{action}", "CaseView");
        commands.Add("/api/cases/{id}/correspondence/{itemId}/dispatch", "CaseView");
        commands.Add("/api/cases/{id}/correspondence/{itemId}/receipt", "CaseView");
        commands.Add("/api/cases/{id}/access-code", "ReissuedAccessCode");
        commands.Add("/api/requests/{id}/clarification", "ApplicationView");
        commands.Add("/api/requests/{id}/withdrawal", "ApplicationView");
        return commands;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_documents_its_answer_its_refusals_and_its_idempotency_key_and_if_match_headers(string path, string view)
    {
        var operation = await OperationAsync(path);

        var responses = operation.GetProperty("responses");
        Assert.EndsWith("/" + view, responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        foreach (var status in new[] { "400", "404", "409", "412" })
            Assert.True(responses.TryGetProperty(status, out _), $"{path} does not document {status}");
        Assert.Equal(["Idempotency-Key", "If-Match"], HeaderParameters(operation));
    }

    [Theory]
    [InlineData("/api/requests")]
    [InlineData("/api/cases")]
    public async Task A_filing_documents_its_receipt_and_its_idempotency_key_header(string path)
    {
        var operation = await OperationAsync(path);

        var created = operation.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json");
        Assert.EndsWith("/SubmissionReceipt", created.GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal(["Idempotency-Key"], HeaderParameters(operation));
    }

    private async Task<JsonElement> OperationAsync(string path)
    {
        using var response = await app.Client().GetAsync("/api/openapi.json");
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        Assert.True(paths.TryGetProperty(path, out var operations), $"{path} missing from the OpenAPI document");
        return operations.GetProperty("post");
    }

    private static string[] HeaderParameters(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "header")
            .Select(p => p.GetProperty("name").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
