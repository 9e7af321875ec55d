namespace DisclosureRequests.Imports;

/// <summary>
/// One data row of an import file as text, cell by column name (<see cref="ImportColumns"/>); <paramref name="Number"/>
/// is the row number a spreadsheet shows, the header being row 1.
/// </summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var text) ? text.Trim() : "";
}
