using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Core.Intake;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

public static class Applications
{
    public static object Valid(string name = "张三", string description = "2025年本市道路养护工程的招标文件和中标结果", string idNumber = "110101199003070011", string email = "zhangsan@example.cn") => new
    {
        applicant = new { type = "natural-person", name, idNumber, email, phone = "13800000000" },
        description,
        format = "electronic",
        delivery = "email",
    };

    /// <summary>The same application as <see cref="Valid"/>, as the API reads it.</summary>
    public static ApplicationRequest Typed(string name = "张三") =>
        new(new ApplicantRequest("natural-person", name, "110101199003070011", null, "zhangsan@example.cn", "13800000000", null),
            "2025年本市道路养护工程的招标文件和中标结果", "electronic", "email");

    public static async Task<SubmissionReceipt> FileAsync(this HttpClient client, object? application = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(application ?? Valid()) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SubmissionReceipt>())!;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
