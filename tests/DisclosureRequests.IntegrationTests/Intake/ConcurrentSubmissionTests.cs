using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

public sealed class ConcurrentSubmissionTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task One_hundred_concurrent_submissions_get_one_hundred_distinct_sequential_tracking_numbers()
    {
        var client = app.Client();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => client.FileAsync(Applications.Valid(name: $"申请人{i}"))));

        var numbers = receipts.Select(r => int.Parse(r.TrackingNumber[5..])).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 100), numbers);
        Assert.Equal(100, receipts.Select(r => r.Id).Distinct().Count());
    }
}
