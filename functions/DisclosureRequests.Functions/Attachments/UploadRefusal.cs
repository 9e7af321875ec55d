using DisclosureRequests.Functions.Problems;

namespace DisclosureRequests.Functions.Attachments;

/// <summary>An upload refused before anything was stored: the problem, its status and which file it concerns.</summary>
public sealed record UploadRefusal(ProblemType Type, int Status, string? FileName = null);
