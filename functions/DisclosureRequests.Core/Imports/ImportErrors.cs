using System.Collections;
using DisclosureRequests.Imports;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// The problems found in a file: every one counted, the first <see cref="Listed"/> kept to answer with, so a file of
/// a million bad rows does not become a million-line answer. Safe to add to from parallel lookups.
/// </summary>
public sealed class ImportErrors(int keep) : ICollection<ImportError>
{
    private readonly List<ImportError> kept = [];
    private int count;

    public int Count => Volatile.Read(ref count);

    public IReadOnlyList<ImportError> Listed
    {
        get
        {
            lock (kept) return [.. kept.OrderBy(e => e.Row)];
        }
    }

    public void Add(ImportError item)
    {
        lock (kept)
        {
            if (kept.Count < keep) kept.Add(item);
            count++;
        }
    }

    public bool IsReadOnly => false;

    public void Clear() => throw new NotSupportedException();

    public bool Contains(ImportError item) => throw new NotSupportedException();

    public void CopyTo(ImportError[] array, int arrayIndex) => throw new NotSupportedException();

    public bool Remove(ImportError item) => throw new NotSupportedException();

    public IEnumerator<ImportError> GetEnumerator() => Listed.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
