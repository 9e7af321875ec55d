using DisclosureRequests.Core.Problems;

namespace DisclosureRequests.Core.Attachments;

/// <summary>An upload refused before anything was stored: the problem, its status and which file it concerns.</summary>
public sealed record UploadRefusal(ProblemType Type, int Status, string? FileName = null);
