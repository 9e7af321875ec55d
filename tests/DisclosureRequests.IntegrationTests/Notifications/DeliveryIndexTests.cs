using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class DeliveryIndexTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private DeliveryIndex Index => app.Get<DeliveryIndex>();

    [Fact]
    public async Task A_look_asked_for_while_a_pass_over_the_case_is_under_way_is_not_settled_away_by_that_pass()
    {
        const string caseId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        var now = app.Time.GetUtcNow();
        var pass = await Index.MarkAsync(caseId, now + TimeSpan.FromMinutes(5), CancellationToken.None);

        // A command about to commit new items asks for a look later than the pass's own lease.
        await Index.LookNoLaterThanAsync(caseId, now + TimeSpan.FromMinutes(10), CancellationToken.None);
        // The pass found nothing to send (it read the case before that commit) and settles.
        await Index.SettleAsync(caseId, pass, nextLook: null, CancellationToken.None);

        Assert.Contains(caseId, await Index.DueAsync(now + TimeSpan.FromMinutes(5), 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_later_request_keeps_the_earlier_look()
    {
        const string caseId = "1a1b2c3d4e5f60718293a4b5c6d7e8f9";
        var now = app.Time.GetUtcNow();

        await Index.LookNoLaterThanAsync(caseId, now + TimeSpan.FromMinutes(1), CancellationToken.None);
        await Index.LookNoLaterThanAsync(caseId, now + TimeSpan.FromMinutes(10), CancellationToken.None);

        Assert.Contains(caseId, await Index.DueAsync(now + TimeSpan.FromMinutes(1), 10, CancellationToken.None));
    }
}
