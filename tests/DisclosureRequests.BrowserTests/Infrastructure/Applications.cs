using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>What the app answers to filing: enough to follow the application.</summary>
public sealed record Receipt(string Id, string TrackingNumber, string AccessCode);

/// <summary>Applications filed and worked through the API, for tests that start from a case in some state.</summary>
public static class Applications
{
    public static async Task<Receipt> FileAsync(this LiveSystem system, string name = "李四")
    {
        using var client = system.Client();
        using var response = await client.PostAsJsonAsync("/api/requests", new
        {
            applicant = new { type = "natural-person", name, idNumber = "110101199003070011", email = "lisi@example.cn" },
            description = "2025年本区老旧小区改造项目的立项批复文件",
            format = "electronic",
            delivery = "email",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Receipt>(JsonSerializerOptions.Web))!;
    }

    /// <summary>An application to be answered on paper: no e-mail address, delivery by post.</summary>
    public static async Task<Receipt> FileForPostAsync(this LiveSystem system, string name, string description)
    {
        using var client = system.Client();
        using var response = await client.PostAsJsonAsync("/api/requests", new
        {
            applicant = new { type = "natural-person", name, idNumber = "110101199003070011", phone = "13800138000", address = "北京市东城区某街1号" },
            description,
            format = "paper",
            delivery = "post",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Receipt>(JsonSerializerOptions.Web))!;
    }

    public static async Task AnswerClarificationAsync(this LiveSystem system, Receipt receipt, string answer)
    {
        using var client = system.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/clarification") { Content = JsonContent.Create(new { answer }) };
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"clarification: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task ActAsOfficerAsync(this LiveSystem system, string caseId, string action, object body)
    {
        using var officer = system.Officer();
        using var response = await officer.PostAsJsonAsync($"/api/cases/{caseId}/{action}", body);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Assigned, drafted as a disclosure, passed by a legal reviewer and approved: the reply is sent.</summary>
    public static async Task ReplyAsync(this LiveSystem system, string caseId)
    {
        await system.ReviewAsync(caseId);
        await system.DecideAsync(caseId, "approval", "approver@agency.gov.cn", "Approver");
    }

    /// <summary>Assigned, drafted as a disclosure and passed by a legal reviewer: the reply awaits approval.</summary>
    public static async Task ReviewAsync(this LiveSystem system, string caseId)
    {
        await system.ActAsOfficerAsync(caseId, "assign", new { assignee = "officer@agency.gov.cn" });
        await system.ActAsOfficerAsync(caseId, "draft-reply", new { outcome = "disclosed", summary = "所申请的信息予以公开，见附件。" });
        await system.DecideAsync(caseId, "legal-review", "reviewer@agency.gov.cn", "LegalReviewer");
    }

    private static async Task DecideAsync(this LiveSystem system, string caseId, string action, string name, string role)
    {
        using var client = system.Client().As(name, role);
        using var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/{action}", new { decision = "approve" });
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>An officer stores a document to be released to the applicant (Art. 40).</summary>
    public static async Task ReleaseAsync(this LiveSystem system, string caseId, string fileName, byte[] content)
    {
        using var officer = system.Officer();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "files", fileName } };
        using var response = await officer.PostAsync($"/api/cases/{caseId}/releases", form);
        Assert.True(response.IsSuccessStatusCode, $"release: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>How many applications the agency has on its worklist.</summary>
    public static async Task<int> CaseCountAsync(this LiveSystem system)
    {
        using var officer = system.Officer();
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/cases?pageSize=200");
        return list.GetProperty("items").GetArrayLength();
    }
}
