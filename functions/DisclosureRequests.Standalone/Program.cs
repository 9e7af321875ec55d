using DisclosureRequests.Core.Hosting;

if (args is [FunctionManifest.EmitArgument, var appRoot])
{
    FunctionManifest.Write(appRoot);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddDisclosureRequests();
var app = builder.Build();
app.UseDisclosureRequests();
app.Run();

public partial class Program;
