namespace DisclosureRequests.Core.Hosting;

/// <summary>What a run reports back: lines for the log, and a value tests read.</summary>
public sealed record FunctionResult(IReadOnlyList<string> Logs, object? ReturnValue = null);
