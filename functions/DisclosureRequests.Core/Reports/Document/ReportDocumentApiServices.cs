namespace DisclosureRequests.Core.Reports.Document;

/// <summary>What the annual report document's routes work with, bound as one <c>[AsParameters]</c> parameter.</summary>
public sealed record ReportDocumentApiServices(AnnualReportDocuments Documents, AnnualReportDocumentStore Store, TimeProvider Time);
