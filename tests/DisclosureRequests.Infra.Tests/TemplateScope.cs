using System.Text.Json;
using System.Text.RegularExpressions;

namespace DisclosureRequests.Infra.Tests;

/// <summary>
/// A compiled ARM template, or one module's nested template, with just enough expression evaluation to follow
/// the values the tests care about: <c>variables('x')</c>, <c>variables('x').y</c>, <c>parameters('x')</c>
/// (through the module's parent) and string literals. Anything else stays an unevaluated expression.
/// </summary>
public sealed partial class TemplateScope
{
    private readonly JsonElement template;
    private readonly TemplateScope? parent;
    private readonly JsonElement moduleParameters;

    public TemplateScope(JsonElement template, TemplateScope? parent = null, JsonElement moduleParameters = default)
    {
        this.template = template;
        this.parent = parent;
        this.moduleParameters = moduleParameters;
        Resources = template.GetProperty("resources").EnumerateArray()
            .Select(resource => new TemplateResource(resource, this))
            .ToList();
    }

    public IReadOnlyList<TemplateResource> Resources { get; }

    public JsonElement Json => template;

    public IEnumerable<TemplateResource> AllResources =>
        Resources.Concat(Resources.Where(r => r.IsModule).SelectMany(r => r.Module.AllResources));

    public TemplateScope Module(string name) =>
        Resources.Single(r => r.IsModule && r.Json.GetProperty("name").GetString() == name).Module;

    public TemplateResource Single(string type) => AllResources.Single(r => r.Type == type);

    public IReadOnlyList<TemplateResource> All(string type) => AllResources.Where(r => r.Type == type).ToList();

    public JsonElement Parameter(string name) => template.GetProperty("parameters").GetProperty(name);

    public JsonElement Output(string name) => template.GetProperty("outputs").GetProperty(name).GetProperty("value");

    /// <summary>The value of an ARM expression written without its brackets, e.g. <c>variables('roles').owner</c>.</summary>
    public JsonElement Evaluate(string expression)
    {
        expression = expression.Trim();
        if (Literal().Match(expression) is { Success: true } literal)
        {
            return JsonSerializer.SerializeToElement(literal.Groups["text"].Value.Replace("''", "'"));
        }

        if (VariableReference().Match(expression) is { Success: true } variable)
        {
            var value = Resolve(template.GetProperty("variables").GetProperty(variable.Groups["name"].Value));
            return variable.Groups["member"].Success ? Resolve(value.GetProperty(variable.Groups["member"].Value)) : value;
        }

        if (ParameterReference().Match(expression) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            if (parent is not null && moduleParameters.ValueKind == JsonValueKind.Object
                && moduleParameters.TryGetProperty(name, out var passed))
            {
                return parent.Resolve(passed.GetProperty("value"));
            }

            if (template.GetProperty("parameters").GetProperty(name).TryGetProperty("defaultValue", out var defaultValue))
            {
                return Resolve(defaultValue);
            }
        }

        return JsonSerializer.SerializeToElement($"[{expression}]");
    }

    /// <summary>Evaluates a JSON value that may be a bracketed expression; other values come back unchanged.</summary>
    public JsonElement Resolve(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            && text.StartsWith('[') && !text.StartsWith("[[") && text.EndsWith(']')
            ? Evaluate(text[1..^1])
            : value;

    public string ResolveString(JsonElement value) =>
        Resolve(value) is { ValueKind: JsonValueKind.String } resolved ? resolved.GetString()! : value.GetRawText();

    [GeneratedRegex(@"^'(?<text>(?:[^']|'')*)'$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^variables\('(?<name>[^']+)'\)(?:\.(?<member>\w+))?$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^parameters\('(?<name>[^']+)'\)$")]
    private static partial Regex ParameterReference();
}
