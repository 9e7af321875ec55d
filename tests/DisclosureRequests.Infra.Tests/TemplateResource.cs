using System.Text.Json;
using System.Text.RegularExpressions;

namespace DisclosureRequests.Infra.Tests;

/// <summary>One resource of a compiled template; a module is a nested deployment with its own scope.</summary>
public sealed partial class TemplateResource(JsonElement json, TemplateScope scope)
{
    private TemplateScope? module;

    public JsonElement Json { get; } = json;

    public TemplateScope Scope { get; } = scope;

    public string Type => Json.GetProperty("type").GetString()!;

    public bool IsModule => Type == "Microsoft.Resources/deployments";

    public TemplateScope Module => module ??= new TemplateScope(
        Json.GetProperty("properties").GetProperty("template"),
        Scope,
        Json.GetProperty("properties").TryGetProperty("parameters", out var parameters) ? parameters : default);

    public JsonElement Properties => Json.GetProperty("properties");

    /// <summary>The items a copy loop iterates over, when the loop runs over a variable: <c>length(variables('x'))</c>.</summary>
    public IReadOnlyList<string> LoopItems()
    {
        if (!Json.TryGetProperty("copy", out var copy))
        {
            return [];
        }

        var count = copy.GetProperty("count").GetString()!.TrimStart('[').TrimEnd(']');
        var variable = LoopOverVariable().Match(count);
        Assert.True(variable.Success, $"Copy loop of {Type} does not run over a variable: {count}");
        return Scope.Evaluate($"variables('{variable.Groups["name"].Value}')").EnumerateArray()
            .Select(item => Scope.ResolveString(item))
            .ToList();
    }

    /// <summary>
    /// The values an expression's last function argument takes: each loop item when that argument is
    /// <c>variables('x')[copyIndex()]</c>, else the argument's single value.
    /// </summary>
    public IReadOnlyList<string> LastArgumentValues(JsonElement expression)
    {
        var text = expression.GetString()!;
        var argument = LastArgument().Match(text);
        Assert.True(argument.Success, $"{text} is not a function call expression");
        var last = argument.Groups["argument"].Value.Trim();
        return last.EndsWith("[copyIndex()]", StringComparison.Ordinal)
            ? LoopItems()
            : [Scope.ResolveString(Scope.Evaluate(last))];
    }

    /// <summary>Names of the resources this declaration creates: the last segment of each instance's name.</summary>
    public IReadOnlyList<string> LeafNames() =>
        Json.TryGetProperty("copy", out _) ? LoopItems() : LastArgumentValues(Json.GetProperty("name"));

    [GeneratedRegex(@"^length\(variables\('(?<name>[^']+)'\)\)$")]
    private static partial Regex LoopOverVariable();

    [GeneratedRegex(@"^\[\w+\(.*,\s*(?<argument>(?:'[^']*'|[^,'])+)\)\]$")]
    private static partial Regex LastArgument();
}
