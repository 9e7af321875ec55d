namespace DisclosureRequests.Infra.Tests;

/// <summary>The outcome of one Bicep CLI invocation, with its diagnostics parsed from the given streams.</summary>
public sealed record BicepRun(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<BicepDiagnostic> Diagnostics(bool includeStandardOutput) =>
        Lines(includeStandardOutput).Select(Parse).OfType<BicepDiagnostic>().ToList();

    /// <summary>Output lines that are not diagnostics: a changed CLI format must fail loudly, not read as "no warnings".</summary>
    public IReadOnlyList<string> UnrecognisedLines(bool includeStandardOutput) =>
        Lines(includeStandardOutput).Where(line => Parse(line) is null).ToList();

    private IEnumerable<string> Lines(bool includeStandardOutput) =>
        (includeStandardOutput ? StandardOutput + "\n" + StandardError : StandardError)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static BicepDiagnostic? Parse(string line) =>
        BicepDiagnostic.TryParse(line, out var diagnostic) ? diagnostic : null;
}
