using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Security;

/// <summary>What the staff read holds applicants' personal data: no browser or proxy cache may keep it.</summary>
public sealed class ApiResponseHeaderTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Theory]
    [InlineData("/api/cases/{id}")]
    [InlineData("/api/cases/{id}/history")]
    [InlineData("/api/cases/{id}/correspondence")]
    [InlineData("/api/cases?q=李四")]
    [InlineData("/api/print-queue")]
    [InlineData("/api/staff")]
    public async Task A_staff_answer_is_neither_cached_nor_sniffed(string route)
    {
        var receipt = await agency.FileAsync();

        using var response = await agency.Officer.GetAsync(route.Replace("{id}", receipt.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_refusal_is_not_cached_either()
    {
        using var response = await app.Client().GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
