namespace DisclosureRequests.Functions.Hosting;

public sealed record FunctionDefinition(string Name, FunctionTrigger Trigger);
