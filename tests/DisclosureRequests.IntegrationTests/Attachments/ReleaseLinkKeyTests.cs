using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Attachments;

/// <summary>Release links are signed with the configured key, so any instance, before or after a restart, honours them.</summary>
public sealed class ReleaseLinkKeyTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
    private static readonly CaseDocument Document = new(CaseDocuments.Release, 1, "1-决定书.pdf", "决定书.pdf", "application/pdf", 100, "", Time.GetUtcNow(), "officer@agency.gov.cn");

    [Fact]
    public void A_link_signed_by_one_instance_is_honoured_by_another_with_the_configured_key()
    {
        var settings = new Dictionary<string, string?> { [ReleaseLinks.KeySetting] = "agency-key-from-key-vault" };
        var first = ReleaseLinks.FromConfiguration(Configuration(settings), Time);
        var second = ReleaseLinks.FromConfiguration(Configuration(settings), Time);
        var caseId = CaseIds.New();

        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + first.For(caseId, Document).Url).Query);

        Assert.Equal(LinkCheck.Valid, second.Check(caseId, Document.Name, query["expires"], query["sig"]));
    }

    [Fact]
    public void Under_the_Functions_host_the_app_does_not_start_without_a_signing_key()
    {
        var settings = new Dictionary<string, string?> { [HostMode.IsolatedWorkerSetting] = "true" };

        Assert.Throws<InvalidOperationException>(() => ReleaseLinks.FromConfiguration(Configuration(settings), Time));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
