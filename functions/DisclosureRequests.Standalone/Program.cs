using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Standalone.Orchestrations;

var builder = WebApplication.CreateBuilder(args);
builder.AddDisclosureRequests();
if (HostMode.OrchestrationsRun(builder.Configuration)) builder.Services.AddOrchestrations(builder.Configuration);
var app = builder.Build();
app.UseDisclosureRequests();
app.Run();

public partial class Program;
