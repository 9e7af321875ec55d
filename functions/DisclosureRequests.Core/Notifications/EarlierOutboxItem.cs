using System.Text.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Reads an outbox item as releases before typed letters stored it: <c>{ id, kind, audience, data }</c>, every value a
/// string in <c>data</c>, lists one entry a line and a withheld part or fee line as fields joined by <c>|</c>. Rows of
/// that shape stay in the outbox of cases in flight at an upgrade, so they are read into the records of today, and
/// compose into the letters the previous release would have sent.
/// </summary>
internal static class EarlierOutboxItem
{
    private static readonly string[] CommonKeys = ["caseId", "trackingNumber", "applicantName", "receivedOn"];

    /// <summary>The values each kind could not be composed without.</summary>
    private static readonly Dictionary<string, string[]> RequiredKeys = new()
    {
        [LetterKinds.Acknowledgement] = ["replyDueOn", "channel", "description"],
        [LetterKinds.ClarificationNotice] = ["items", "requestedOn", "replyBy"],
        [LetterKinds.ExtensionNotice] = ["workingDays", "reason", "replyDueOn"],
        [LetterKinds.DelayNotice] = ["reason", "replyDueOn"],
        [LetterKinds.ThirdPartyConsultation] = ["partyName", "informationDescription", "sentOn", "respondBy"],
        [LetterKinds.OtherAgencyConsultation] = ["partyName", "informationDescription", "sentOn", "respondBy"],
        [LetterKinds.FeeNotice] = ["basis", "units", "amount", "breakdown", "noticeOn", "payBy"],
        [LetterKinds.Reply] = ["outcome", "summary", "repliedOn"],
        [LetterKinds.WithdrawalConfirmation] = ["withdrawnOn"],
        [LetterKinds.LapseNotice] = ["reason", "lapsedOn"],
        [LetterKinds.OfficerReminder] = ["replyDueOn", "workingDaysLeft", "status"],
        [LetterKinds.ClarificationWindowReminder] = ["clarificationNoticeDueOn"],
        [LetterKinds.OverdueEscalation] = ["replyDueOn", "workingDaysOverdue", "assignee"],
        [LetterKinds.EmailConfirmationRequest] = ["confirmationCode"],
    };

    public static bool IsEarlierShape(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;

    /// <exception cref="LetterNotComposableException">An unknown kind, a missing value, or one that does not read as its type.</exception>
    public static OutboxItem Read(JsonElement item)
    {
        var kind = item.GetProperty("kind").GetString() ?? "";
        if (!RequiredKeys.TryGetValue(kind, out var required)) throw new LetterNotComposableException($"Unknown letter kind '{kind}'.");
        var data = item.GetProperty("data").Deserialize<Dictionary<string, string>>() ?? [];
        var missing = CommonKeys.Concat(required).Where(k => !data.ContainsKey(k)).ToList();
        if (missing.Count > 0) throw new LetterNotComposableException($"{kind} lacks {string.Join(", ", missing)}.");

        var values = new EarlierItemValues(kind, data);
        return new OutboxItem(
            item.GetProperty("id").GetString() ?? "",
            item.GetProperty("audience").GetString() ?? "",
            values.Text("caseId"),
            values.Text("trackingNumber"),
            values.Text("applicantName"),
            values.Date("receivedOn"),
            Content(kind, values));
    }

    private static LetterContent Content(string kind, EarlierItemValues values) => kind switch
    {
        LetterKinds.Acknowledgement => new AcknowledgementLetter(values.Date("replyDueOn"), values.Text("channel"), values.Text("description")),
        LetterKinds.ClarificationNotice => new ClarificationNoticeLetter(
            values.Lines("items"), values.Date("requestedOn"), values.Date("replyBy"), values.OptionalNumber("replyWithinWorkingDays")),
        LetterKinds.ExtensionNotice => new ExtensionNoticeLetter(values.Number("workingDays"), values.Text("reason"), values.Date("replyDueOn")),
        LetterKinds.DelayNotice => new DelayNoticeLetter(values.Text("reason"), values.Date("replyDueOn")),
        LetterKinds.ThirdPartyConsultation => new ThirdPartyConsultationLetter(values.Text("consultationId"), values.Text("partyName"),
            values.OptionalText("partyEmail"), values.OptionalText("partyAddress"), values.Text("informationDescription"), values.Date("sentOn"), values.Date("respondBy")),
        LetterKinds.OtherAgencyConsultation => new OtherAgencyConsultationLetter(values.Text("consultationId"), values.Text("partyName"),
            values.OptionalText("partyEmail"), values.OptionalText("partyAddress"), values.Text("informationDescription"), values.Date("sentOn"), values.Date("respondBy")),
        LetterKinds.FeeNotice => new FeeNoticeLetter(values.Text("basis"), values.Number("units"), values.OptionalNumber("priorItemsThisMonth") ?? 0,
            values.Amount("amount"), values.FeeLines("breakdown"), values.Date("noticeOn"), values.Date("payBy")),
        LetterKinds.Reply => new ReplyLetter(values.Text("outcome"), values.OptionalText("reason"), values.Text("summary"), values.Date("repliedOn"),
            values.WithheldParts("withheld"), values.Lines("releasedDocuments"), values.OptionalText("responsibleAgency"),
            values.OptionalText("responsibleAgencyContact"), values.OptionalText("clarifiedRequest"), values.Date("clarifiedOn"), values.OptionalText("description")),
        LetterKinds.WithdrawalConfirmation => new WithdrawalConfirmationLetter(values.Date("withdrawnOn")),
        LetterKinds.LapseNotice => new LapseNoticeLetter(values.Text("reason"), values.Date("lapsedOn")),
        LetterKinds.OfficerReminder => new OfficerReminderMail(
            values.Recipients(), values.Date("replyDueOn"), values.Number("workingDaysLeft"), values.Text("status")),
        LetterKinds.ClarificationWindowReminder => new ClarificationWindowReminderMail(values.Recipients(), values.Date("clarificationNoticeDueOn")),
        LetterKinds.OverdueEscalation => new OverdueEscalationMail(
            values.Recipients(), values.Date("replyDueOn"), values.Number("workingDaysOverdue"), values.OptionalText("assignee")),
        _ => new EmailConfirmationRequestMail(values.Text("confirmationCode")),
    };
}
