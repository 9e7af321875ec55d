using System.Security.Cryptography;
using System.Text;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// An imported case's id is derived from its tracking number, so importing the same file again lands on the same
/// partitions and the table itself refuses a second copy; a re-run after a crash completes what is missing.
/// </summary>
public static class ImportedCaseIds
{
    public static string For(string trackingNumber) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("imported|" + trackingNumber)).AsSpan(0, 16));

    /// <summary>The id as a number, to tell repeated tracking numbers in a file apart in 16 bytes a row.</summary>
    public static UInt128 Key(string caseId) => UInt128.Parse(caseId, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
