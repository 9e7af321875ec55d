namespace DisclosureRequests.Core.Hosting;

public sealed record FunctionDefinition(string Name, FunctionTrigger Trigger);
