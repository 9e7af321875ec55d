namespace DisclosureRequests.Imports;

/// <summary>What is wrong with one cell of an import file: its row, its column and a stable message key.</summary>
public sealed record ImportError(int Row, string Field, string Code);
