using System.Text.Json.Serialization;

namespace DisclosureRequests.Core.Cases;

/// <summary>A page of the worklist; <see cref="Continuation"/> asks for the next one, null after the last.</summary>
public sealed record WorklistPage(
    IReadOnlyList<WorklistItem> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Continuation);
