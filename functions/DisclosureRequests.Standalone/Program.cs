using DisclosureRequests.Core.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDisclosureRequests();
var app = builder.Build();
app.UseDisclosureRequests();
app.Run();

public partial class Program;
