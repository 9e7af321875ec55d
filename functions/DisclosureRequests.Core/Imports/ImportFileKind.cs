namespace DisclosureRequests.Core.Imports;

/// <summary>The two kinds of file an import takes, with the media type and extension that name each.</summary>
public sealed record ImportFileKind(string Name, string MediaType, string Extension)
{
    public static ImportFileKind Csv { get; } = new("csv", "text/csv", ".csv");

    public static ImportFileKind Xlsx { get; } = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    public static IReadOnlyList<ImportFileKind> All { get; } = [Csv, Xlsx];

    public static ImportFileKind? ByMediaType(string? mediaType) =>
        All.FirstOrDefault(k => string.Equals(k.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));

    public static ImportFileKind? ByFileName(string? name) =>
        All.FirstOrDefault(k => name is not null && name.EndsWith(k.Extension, StringComparison.OrdinalIgnoreCase));

    public static ImportFileKind? ByName(string? name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name ?? "csv", StringComparison.OrdinalIgnoreCase));
}
