using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.UnderHost;

public sealed class FunctionsHostToolTests
{
    [Fact]
    public void Without_the_local_host_or_core_tools_the_skip_reason_names_what_is_missing()
    {
        var empty = Directory.CreateTempSubdirectory("no-functions-host-").FullName;
        try
        {
            var reason = FunctionsHostTool.MissingReasonFor(Path.Combine(empty, "functions-host"), empty);

            Assert.NotNull(reason);
            Assert.Contains(Path.Combine(empty, "functions-host", "start"), reason);
            Assert.Contains("func on the PATH", reason);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Core_tools_on_the_path_stand_in_for_the_local_host()
    {
        var bin = Directory.CreateTempSubdirectory("core-tools-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(bin, "func"), "");

            var tool = FunctionsHostTool.Find(Path.Combine(bin, "missing"), bin);

            Assert.Equal((null, Path.Combine(bin, "func")), (tool.StartScript, tool.CoreTools));
            Assert.Null(FunctionsHostTool.MissingReasonFor(Path.Combine(bin, "missing"), bin));
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }
}
