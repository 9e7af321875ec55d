using System.ComponentModel.DataAnnotations;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Cases;

public sealed record AssignBody(string? Assignee);

public sealed record ClarificationRequestBody(IReadOnlyList<string>? Items, int? ReplyWithinWorkingDays);

public sealed record ConsultationsBody(IReadOnlyList<Party>? Parties, string? Purpose = null, string? Information = null);

public sealed record ConsultationResponseBody(string? ConsultationId, string? Response, string? Reasons);

public sealed record ExtensionRequestBody(int? WorkingDays, string? Reason);

public sealed record ExtensionApprovalBody(string? Decision, string? Comments);

public sealed record ReplyDelayBody(DateOnly? ReplyBy, string? Reason);

public sealed record FeeNoticeBody(string? Basis, int? Units, int? PriorItemsThisMonth);

public sealed record FeePaymentBody(long? Amount);

public sealed record DraftReplyBody(string? Outcome, string? Reason, [property: MaxLength(8000)] string? Summary, IReadOnlyList<WithheldPart>? Withheld, string? ResponsibleAgency, string? ResponsibleAgencyContact,
    string? AccessRoute = null, IReadOnlyList<ObjectionOverride>? OverriddenObjections = null);

public sealed record DecisionBody(string? Decision, string? Comments);

public sealed record ReconsiderationBody(string? Result);

public sealed record LitigationBody(string? Route, string? Result);
