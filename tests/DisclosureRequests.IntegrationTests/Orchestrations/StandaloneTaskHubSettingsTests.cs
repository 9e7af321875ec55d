using DisclosureRequests.Standalone.Orchestrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

public sealed class StandaloneTaskHubSettingsTests
{
    private const string Storage = "UseDevelopmentStorage=true";

    [Fact]
    public void The_standalone_task_hub_runs_few_steps_at_once_unless_told_otherwise()
    {
        var settings = OrchestrationSetup.ServiceSettings(Configuration([]), NullLoggerFactory.Instance);

        Assert.Equal((4, 8), (settings.MaxConcurrentTaskActivityWorkItems, settings.MaxConcurrentTaskOrchestrationWorkItems));
    }

    [Fact]
    public void An_agency_on_a_storage_account_can_let_more_steps_run_at_once()
    {
        var settings = OrchestrationSetup.ServiceSettings(
            Configuration([new("Durable:MaxConcurrentActivities", "20"), new("Durable:MaxConcurrentOrchestrations", "100")]), NullLoggerFactory.Instance);

        Assert.Equal((20, 100), (settings.MaxConcurrentTaskActivityWorkItems, settings.MaxConcurrentTaskOrchestrationWorkItems));
    }

    private static IConfiguration Configuration(KeyValuePair<string, string?>[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection([new("AzureWebJobsStorage", Storage), .. values]).Build();
}
