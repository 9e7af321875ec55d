using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Intake;

/// <summary>Each instance coalesces its own filings into one counter update; two instances share one counter.</summary>
public sealed class TwoInstanceFilingTests : IAsyncLifetime
{
    private Azurite? azurite;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_filing_at_once_never_issue_the_same_number_and_leave_no_gaps()
    {
        await using var first = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));
        await using var second = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));
        var clients = new[] { first.Client(), second.Client() };

        var receipts = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => clients[i % 2].FileAsync(Applications.Valid(name: $"申请人{i}"))));

        var numbers = receipts.Select(r => int.Parse(r.TrackingNumber[5..])).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 120), numbers);
    }

    [Fact]
    public async Task The_same_submission_reaching_two_instances_at_once_gets_one_number_and_one_case()
    {
        await using var first = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));
        await using var second = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));
        var keys = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid().ToString()).ToArray();

        var pairs = await Task.WhenAll(keys.Select(async (key, i) => await Task.WhenAll(
            first.Client().FileAsync(Applications.Valid(name: $"申请人{i}"), key),
            second.Client().FileAsync(Applications.Valid(name: $"申请人{i}"), key))));

        Assert.All(pairs, pair => Assert.Equal((pair[0].Id, pair[0].TrackingNumber, pair[0].AccessCode), (pair[1].Id, pair[1].TrackingNumber, pair[1].AccessCode)));
        Assert.Equal(Enumerable.Range(1, 20), pairs.Select(p => int.Parse(p[0].TrackingNumber[5..])).Order());
        var next = await first.Client().FileAsync();
        Assert.EndsWith("-000021", next.TrackingNumber);
    }

    [Fact]
    public async Task A_retry_reaching_a_new_release_for_a_submission_numbered_before_claims_were_kept_is_answered_as_the_first_time()
    {
        var key = Guid.NewGuid().ToString();
        await using var earlier = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));
        var first = await earlier.Client().FileAsync(Applications.Valid(), key);
        // As an earlier release left it: the case and its number, no claim, no record of when claims began.
        var numbers = earlier.Storage.Table(StorageNames.TrackingNumbersTable);
        await numbers.DeleteEntityAsync(TrackingNumbers.Partition, PendingApplications.ClaimRow(first.Id));
        await numbers.DeleteEntityAsync(TrackingNumbers.Partition, PendingApplications.ClaimsSinceRow);
        await using var upgraded = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start.AddHours(1)));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(Applications.Valid()) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await upgraded.Client().SendAsync(request);
        var retried = (await response.Content.ReadFromJsonAsync<SubmissionReceipt>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((first.Id, first.TrackingNumber, first.AccessCode), (retried.Id, retried.TrackingNumber, retried.AccessCode));
        Assert.EndsWith("-000002", (await upgraded.Client().FileAsync()).TrackingNumber);
    }

    [Fact]
    public async Task A_number_issued_by_either_instance_finds_its_case_on_the_other()
    {
        await using var first = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));
        await using var second = await SystemUnderTest.StartAsync(azurite!, new FakeTimeProvider(SystemUnderTest.Start));

        var receipt = await first.Client().FileAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/by-tracking-number/{receipt.TrackingNumber}");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await second.Client().SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
