using System.Net;
using System.Text;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>Plays the Functions host: invokes a timer function the way it POSTs to a custom handler.</summary>
public sealed class CustomHandlerProtocolTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task A_timer_invocation_is_answered_with_outputs_logs_and_a_return_value()
    {
        var receipt = await new Agency(app).FileAsync();
        app.Time.SetUtcNow(new DateTimeOffset(2026, 3, 9, 9, 30, 0, TimeSpan.FromHours(8)));
        const string payload = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"DeadlineSweep","UtcNow":"2026-03-09T01:30:00Z"}}}""";

        using var response = await app.Client().PostAsync("/DeadlineSweep", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Contains("DeadlineSweep", body.GetProperty("Logs")[0].GetString());
        Assert.Equal(1, body.GetProperty("ReturnValue").GetProperty("CasesFired").GetInt32());
        Assert.Contains("clarification-window-reminder", await new Agency(app).EventTypesAsync(receipt.Id));
    }

    [Fact]
    public async Task Invocation_routes_are_not_api_routes()
    {
        using var response = await app.Client().PostAsync("/api/DeadlineSweep", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
