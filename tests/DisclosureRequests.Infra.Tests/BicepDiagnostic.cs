using System.Text.RegularExpressions;

namespace DisclosureRequests.Infra.Tests;

/// <summary>One line of Bicep CLI diagnostics: <c>path(line,column) : Level code: message</c>.</summary>
public sealed partial record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    public static bool TryParse(string line, out BicepDiagnostic diagnostic)
    {
        var match = DiagnosticLine().Match(line);
        diagnostic = match.Success
            ? new BicepDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["level"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value)
            : null!;
        return match.Success;
    }

    public override string ToString() => $"{File}({Line},{Column}) : {Level} {Code}: {Message}";

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:]+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}
