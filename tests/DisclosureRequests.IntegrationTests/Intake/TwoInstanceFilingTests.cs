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
