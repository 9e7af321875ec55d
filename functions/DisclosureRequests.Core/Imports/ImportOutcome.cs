using DisclosureRequests.Imports;

namespace DisclosureRequests.Core.Imports;

public abstract record ImportOutcome
{
    /// <summary>Every row was valid and is now a case; <see cref="Created"/> of them new, the others imported before from this file.</summary>
    public sealed record Imported(string FileName, string Sha256, int Rows, int Created) : ImportOutcome
    {
        public int AlreadyImported => Rows - Created;
    }

    /// <summary>Nothing stored. <see cref="Errors"/> lists the first problems found; <see cref="Count"/> counts them all.</summary>
    public sealed record Invalid(IReadOnlyList<ImportError> Errors, int Count) : ImportOutcome;
}
