using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Intake;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>Concurrent applicants filing as the citizens' page does (with an Idempotency-Key), one after another each.</summary>
public static class FilingLoad
{
    public static async Task<(Rate Rate, IReadOnlyList<SubmissionReceipt> Receipts)> RunAsync(HttpClient client, int clients, TimeSpan duration)
    {
        var latencies = new Latencies();
        var receipts = new System.Collections.Concurrent.ConcurrentBag<SubmissionReceipt>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                using var request = Filing($"测速{c}-{n}", Guid.NewGuid().ToString());
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                latencies.Add(Stopwatch.GetElapsedTime(started));
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"Filing answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                receipts.Add((await response.Content.ReadFromJsonAsync<SubmissionReceipt>())!);
            }
        }));
        return (new Rate(latencies.Count, clock.Elapsed, latencies), receipts.ToList());
    }

    public static HttpRequestMessage Filing(string name, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests")
        {
            Content = JsonContent.Create(new
            {
                applicant = new { type = "natural-person", name, idNumber = "110101199003070011", email = $"load-{idempotencyKey[..8]}@example.cn", phone = "13800000000" },
                description = "2025年本市道路养护工程的招标文件和中标结果",
                format = "electronic",
                delivery = "email",
            }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}
