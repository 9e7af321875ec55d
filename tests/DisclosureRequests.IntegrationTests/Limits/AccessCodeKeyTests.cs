using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class AccessCodeKeyTests
{
    [Fact]
    public async Task The_access_code_of_an_idempotent_filing_depends_on_the_servers_secret_not_only_on_the_request()
    {
        var key = Guid.NewGuid().ToString();
        await using var first = await SystemUnderTest.StartWithSettingsAsync(new Dictionary<string, string> { ["Security:AccessCodeKey"] = new string('a', 40) });
        await using var second = await SystemUnderTest.StartWithSettingsAsync(new Dictionary<string, string> { ["Security:AccessCodeKey"] = new string('b', 40) });

        var one = await first.Client().FileAsync(idempotencyKey: key);
        var again = await first.Client().FileAsync(idempotencyKey: key);
        var other = await second.Client().FileAsync(idempotencyKey: key);

        Assert.Equal(one.AccessCode, again.AccessCode);
        Assert.Equal(one.Id, other.Id);
        Assert.NotEqual(one.AccessCode, other.AccessCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("too-short")]
    public async Task The_app_does_not_start_without_an_access_code_secret(string? secret)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("AzureWebJobsStorage", "UseDevelopmentStorage=true");
            web.UseSetting("Hosting:RunTriggers", "false");
            web.UseSetting("Security:AccessCodeKey", secret);
        });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Security:AccessCodeKey", failure.ToString());
    }
}
