using Azure.Core;
using Azure.Core.Pipeline;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>
/// Holds a compile still right after its Nth status write has reached storage, so a test can read the status a long
/// compile shows midway, without timing anything.
/// </summary>
public sealed class StatusWriteGate : HttpPipelinePolicy
{
    private int writes;

    public int HoldAfterWrite { get; set; } = int.MaxValue;

    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (message.Request.Method == RequestMethod.Put && message.Request.Uri.Path.EndsWith("/status.json", StringComparison.Ordinal)
            && Interlocked.Increment(ref writes) == HoldAfterWrite)
        {
            Held.TrySetResult();
            await Released.Task;
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);
}
