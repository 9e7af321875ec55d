namespace DisclosureRequests.Core.Hosting;

/// <summary>What a run reports back; in the custom-handler protocol, <c>Logs</c> and <c>ReturnValue</c>.</summary>
public sealed record FunctionResult(IReadOnlyList<string> Logs, object? ReturnValue = null);
