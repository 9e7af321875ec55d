using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// The host runs the timers and the queue; the worker never schedules them itself.
builder.Configuration.AddInMemoryCollection([new(HostMode.IsolatedWorkerSetting, "true")]);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddDisclosureRequests(builder.Configuration);
builder.Services.AddSingleton<HttpPipeline>();
builder.Services.AddSingleton<TriggeredFunctions>();

var app = builder.Build();
// Refuse to start without the access-code secret rather than fail the first filing, as the standalone host does.
app.Services.GetRequiredService<DisclosureRequests.Core.Security.AccessCodeIssuer>();
app.Run();
