using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// Maxima for every text and list in a request body, found by walking the body: a property's own
/// <see cref="MaxLengthAttribute"/> where it has one, otherwise <see cref="MaxTextLength"/> characters for text and
/// <see cref="MaxItems"/> entries for lists. A body type added later is covered without being listed anywhere.
/// </summary>
public static class BodyLimits
{
    public const int MaxTextLength = 2000;
    public const int MaxItems = 50;
    private const int MaxNesting = 4;

    public static IReadOnlyList<FieldError> Check(object body)
    {
        var errors = new List<FieldError>();
        Walk(body, "", errors, 0);
        return errors;
    }

    private static void Walk(object value, string path, List<FieldError> errors, int depth)
    {
        if (depth > MaxNesting) return;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var name = Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            var limit = property.GetCustomAttribute<MaxLengthAttribute>()?.Length;
            switch (property.GetValue(value))
            {
                case string text:
                    if (text.Length > (limit ?? MaxTextLength)) errors.Add(new FieldError(name, "too-long"));
                    break;
                case IEnumerable items:
                    CheckItems(items.Cast<object?>().ToArray(), name, limit ?? MaxItems, errors, depth);
                    break;
                case { } nested when IsBodyPart(nested.GetType()):
                    Walk(nested, name, errors, depth + 1);
                    break;
            }
        }
    }

    private static void CheckItems(object?[] items, string name, int maxItems, List<FieldError> errors, int depth)
    {
        if (items.Length > maxItems)
        {
            errors.Add(new FieldError(name, "too-many"));
            return;
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is string text && text.Length > MaxTextLength) errors.Add(new FieldError($"{name}[{i}]", "too-long"));
            else if (items[i] is { } item && IsBodyPart(item.GetType())) Walk(item, $"{name}[{i}]", errors, depth + 1);
        }
    }

    private static bool IsBodyPart(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("DisclosureRequests", StringComparison.Ordinal) == true;

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
