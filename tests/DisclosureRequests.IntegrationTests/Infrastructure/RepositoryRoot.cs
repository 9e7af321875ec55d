namespace DisclosureRequests.IntegrationTests.Infrastructure;

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "DisclosureRequests.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("DisclosureRequests.sln not found above " + AppContext.BaseDirectory);
    }
}
