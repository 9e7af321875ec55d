namespace DisclosureRequests.Infra.Tests;

/// <summary>The checkout the tests run from: the first folder above the test assembly holding the solution.</summary>
public static class RepositoryRoot
{
    public static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DisclosureRequests.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DisclosureRequests.sln in any folder above {AppContext.BaseDirectory}.");
    }
}
