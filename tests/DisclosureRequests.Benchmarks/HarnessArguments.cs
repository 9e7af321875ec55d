namespace DisclosureRequests.Benchmarks;

/// <summary>The load harnesses' command-line options, such as <c>--cases 1000</c>.</summary>
public static class HarnessArguments
{
    public static int Int(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length
            ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)
            : fallback;

    public static string? Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
