using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>
/// Letters compared with the files under Notifications/Golden. After a deliberate change of wording, run the tests
/// with UPDATE_GOLDEN=1 to rewrite the files, and review the diff like any other change.
/// </summary>
public static class Golden
{
    private static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "DisclosureRequests.IntegrationTests", "Notifications", "Golden");

    public static void Matches(string name, Letter letter)
    {
        var text = $"Subject: {letter.Subject}\n\n{letter.Text}";
        Compare(Path.Combine(Folder, name + ".txt"), text);
        Compare(Path.Combine(Folder, name + ".html"), letter.Html);
    }

    private static void Compare(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No golden file {path}; run with UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
