using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>One edit of the report's editable parts: who saved it, when, and the parts as saved.</summary>
public sealed record DocumentChange(int Revision, string By, DateTimeOffset At, AnnualReportDocumentParts Parts);
