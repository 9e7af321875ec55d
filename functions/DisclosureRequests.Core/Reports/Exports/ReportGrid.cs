namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// One table of the report as the format prints it: a titled grid of cells, some merged over several rows or
/// columns. The spreadsheet, CSV and HTML exports all draw the same grids.
/// </summary>
internal sealed class ReportGrid(string title, int columns, IReadOnlyList<ReportGrid.Cell> cells)
{
    internal enum Role { Header, Label, Count, Amount }

    internal sealed record Cell(int Row, int Column, string Text, Role Role, int RowSpan = 1, int ColumnSpan = 1)
    {
        public bool Covers(int row, int column) =>
            row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
    }

    public string Title { get; } = title;

    public int Columns { get; } = columns;

    public int Rows { get; } = cells.Max(c => c.Row + c.RowSpan);

    public IReadOnlyList<Cell> Cells { get; } = cells;

    /// <summary>The cell anchored at this position, if any.</summary>
    public Cell? At(int row, int column) => Cells.FirstOrDefault(c => c.Row == row && c.Column == column);

    /// <summary>Whether a merged cell anchored elsewhere spreads over this position.</summary>
    public bool IsCovered(int row, int column) =>
        Cells.Any(c => c.Covers(row, column) && (c.Row != row || c.Column != column));
}
