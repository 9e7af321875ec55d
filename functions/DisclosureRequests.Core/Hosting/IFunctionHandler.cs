namespace DisclosureRequests.Core.Hosting;

/// <summary>The code behind a timer or queue function, run by the Functions host or, standalone, in-process.</summary>
public interface IFunctionHandler
{
    string FunctionName { get; }

    Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken);
}
