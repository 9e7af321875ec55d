using Xunit.Abstractions;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>The short form of the load-and-crash harness; the long one is <c>dotnet run --project tests/DisclosureRequests.Benchmarks -- load-and-crash</c>.</summary>
public sealed class LoadAndCrashTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Killed_repeatedly_under_load_the_app_stores_every_answered_filing_once_and_delivers_every_letter_once()
    {
        var output = new StringWriter();
        var findings = await new LoadAndCrashHarness(LoadAndCrashOptions.Short, output).RunAsync();
        log.WriteLine(output.ToString());
        Console.WriteLine(output.ToString());

        Assert.Empty(findings.Problems);
        Assert.Equal(LoadAndCrashOptions.Short.Kills, findings.Kills);
        Assert.Equal(findings.Filed, findings.CasesStored);
        Assert.True(findings.CasesReplied > 0);
        Assert.Equal(findings.MailItems, findings.MailStored);
    }
}
