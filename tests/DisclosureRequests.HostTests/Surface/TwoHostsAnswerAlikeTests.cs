using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>
/// The standalone host and the worker under the Functions host, each on its own storage, are sent the same requests
/// and must answer them alike: the host is a deployment choice, not a different API.
/// </summary>
[Collection(WorkerUnderHostCollection.Name)]
public sealed class TwoHostsAnswerAlikeTests(WorkerUnderHost worker, StandaloneProcess standalone) : IClassFixture<StandaloneProcess>
{
    [FunctionsHostFact]
    public async Task The_standalone_and_the_worker_under_the_host_answer_the_same_requests_alike()
    {
        var fromStandalone = await ScriptedConversation.HoldAsync(standalone.Client);
        var fromWorker = await ScriptedConversation.HoldAsync(worker.Client);

        Assert.Equal(fromStandalone.Select(a => a.Step), fromWorker.Select(a => a.Step));
        var differences = fromStandalone.Zip(fromWorker, (s, w) => s.DifferencesFrom(w)).SelectMany(d => d).ToArray();
        Assert.True(differences.Length == 0, string.Join('\n', differences) + "\n--- host log\n" + worker.LogTail());

        var statuses = fromWorker.ToDictionary(a => a.Step, a => a.Status);
        Assert.Equal(200, statuses[ScriptedConversation.ReadWithCode]);
        Assert.Equal(400, statuses[ScriptedConversation.BadBody]);
        Assert.Equal(404, statuses[ScriptedConversation.UnknownApplication]);
        Assert.Equal(404, statuses[ScriptedConversation.UnknownCase]);
        Assert.Equal(401, statuses[ScriptedConversation.Unsigned]);
        Assert.Equal(403, statuses[ScriptedConversation.WrongRole]);
        Assert.Equal(412, statuses[ScriptedConversation.StaleVersion]);
        Assert.All(new[] { ScriptedConversation.OpenApi, ScriptedConversation.SiteRoot, ScriptedConversation.Track }, step => Assert.Equal(200, statuses[step]));
        Assert.NotNull(fromWorker.Single(a => a.Step == ScriptedConversation.BadBody).ProblemType);
    }
}
