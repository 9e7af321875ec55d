using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Intake;
using Fluid;
using Fluid.Values;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Turns an outbox item into the letter the agency sends: the kind's template words the body from the item's content,
/// and one layout per format adds title, reference number, addressee, signature and date. Every value reaches the
/// HTML through the encoder, so what an applicant typed can never become markup.
/// </summary>
public sealed class LetterComposer(AgencyProfile agency, WorkflowSettings? workflow = null)
{
    public const string SecrecyReferralTitle = "关于报请确定政府信息能否公开的函";

    private readonly WorkflowSettings rules = workflow ?? new WorkflowSettings();

    private static readonly TemplateOptions Options = LetterTemplateOptions.Create(typeof(LetterComposer).Assembly);

    private static readonly TextEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public Letter Compose(OutboxItem item, DateOnly composedOn)
    {
        var kind = LetterKinds.Find(item.Kind) ?? throw new LetterNotComposableException($"Unknown letter kind '{item.Kind}'.");
        if (item.Content is ReplyLetter reply) CheckReply(reply);
        if (item.Content is FeeNoticeLetter fee) CheckFee(fee);

        var body = LetterTemplates.Get(kind.TemplateName).Render(Context(item), NullEncoder.Default);
        var paragraphs = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var date = DatedOn(item.Content) ?? composedOn;
        var reference = kind.IsFormalLetter ? Reference(kind, item.TrackingNumber, Copy(item.Content)) : "";
        var title = TitleOf(kind, item.Content);
        var subject = kind.IsFormalLetter
            ? $"{(agency.Name == AgencyProfile.DefaultName ? "" : agency.Name)}{title}（{reference}）"
            : title + paragraphs.FirstOrDefault();

        var layout = Context(item);
        layout.SetValue("title", title);
        layout.SetValue("formal", kind.IsFormalLetter);
        layout.SetValue("reference", reference);
        layout.SetValue("addressee", kind.IsFormalLetter ? Addressee(item) : "");
        layout.SetValue("paragraphs", paragraphs);
        layout.SetValue("date", LetterFilters.ChineseDate(date));
        return new Letter(
            subject,
            LetterTemplates.Get(LetterTemplates.HtmlLayout).Render(layout, Html),
            LetterTemplates.Get(LetterTemplates.TextLayout).Render(layout, NullEncoder.Default));
    }

    /// <summary>
    /// 文号: the agency's code, the kind's word, the year in 〔〕 and the case's serial, e.g. 政府信息公开答〔2026〕42号.
    /// A case sends one letter of each kind, except to the parties it consults: from its second consultation on, the
    /// consultation's number follows the serial (征〔2026〕42-2号), so no two letters bear the same 文号.
    /// </summary>
    public string Reference(LetterKind kind, string trackingNumber, int copy = 1)
    {
        var suffix = copy > 1 ? $"-{copy}" : "";
        var parts = trackingNumber.Split('-', 2);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
            ? $"{agency.ReferenceCode}{kind.ReferenceWord}〔{parts[0]}〕{serial}{suffix}号"
            : $"{agency.ReferenceCode}{kind.ReferenceWord}〔{trackingNumber}〕{suffix.TrimStart('-')}号";
    }

    /// <summary>Which consultation of its case a letter to a consulted party belongs to (<c>c2</c> is the second); any other letter is the first.</summary>
    private static int Copy(LetterContent content) =>
        content is ConsultationLetter { ConsultationId: ['c', .. var number] } && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var copy)
            ? copy
            : 1;

    /// <summary>Art. 17: a referral for a secrecy determination asks a decision, not an opinion, and is titled so.</summary>
    private static string TitleOf(LetterKind kind, LetterContent content) =>
        content is OtherAgencyConsultationLetter { Purpose: Consultation.SecrecyReview } ? SecrecyReferralTitle : kind.Title;

    private static string Addressee(OutboxItem item) => item.Content is ConsultationLetter consultation ? consultation.PartyName : item.ApplicantName;

    /// <summary>The date a formal letter bears; a letter without one, and every internal mail, bears the day it is composed.</summary>
    private static DateOnly? DatedOn(LetterContent content) => content switch
    {
        ClarificationNoticeLetter notice => notice.RequestedOn,
        ConsultationLetter consultation => consultation.SentOn,
        FeeNoticeLetter fee => fee.NoticeOn,
        ReplyLetter reply => reply.RepliedOn,
        WithdrawalConfirmationLetter withdrawal => withdrawal.WithdrawnOn,
        LapseNoticeLetter lapse => lapse.LapsedOn,
        _ => null,
    };

    private TemplateContext Context(OutboxItem item)
    {
        var context = new TemplateContext(Options);
        context.SetValue("item", item);
        context.SetValue("letter", item.Content);
        context.SetValue("you", HowTheApplicantIsAddressed(item));
        // The summary alone keeps its line breaks: the officer's paragraphs, each a paragraph of the letter.
        if (item.Content is ReplyLetter reply) context.SetValue("summary_paragraphs", LetterTemplateOptions.Paragraphs(reply.Summary));
        context.SetValue("agency", new Dictionary<string, FluidValue>
        {
            ["name"] = new StringValue(agency.Name),
            ["feePaymentInstructions"] = new StringValue(agency.FeePaymentInstructions),
            ["reconsiderationBody"] = new StringValue(agency.ReconsiderationBody),
        });
        context.SetValue("rules", new Dictionary<string, FluidValue>
        {
            ["feeTimeNotCounted"] = BooleanValue.Create(rules.FeeNoticePausesReplyPeriod),
        });
        return context;
    }

    /// <summary>
    /// A person is 您; an organisation, or an applicant an earlier release's item does not say, is 您（单位）, as the
    /// agencies' forms have it, so that the 您 of the letter's later sentences still reads as addressed to them.
    /// </summary>
    private static string HowTheApplicantIsAddressed(OutboxItem item) => item.ApplicantType == ApplicantTypes.NaturalPerson ? "您" : "您（单位）";

    /// <summary>A notice whose total is not the sum of its lines would ask the applicant for a sum the tariff does not give.</summary>
    private static void CheckFee(FeeNoticeLetter fee)
    {
        if (fee.Breakdown.Count > 0 && fee.Breakdown.Sum(line => line.Subtotal) != fee.Amount)
            throw new LetterNotComposableException($"The fee notice's amount {fee.Amount} is not the sum of its lines.");
    }

    private static void CheckReply(ReplyLetter reply)
    {
        if (!ReplyGrounds.IsKnown(reply.Outcome, reply.Reason ?? ""))
            throw new LetterNotComposableException($"Unknown reply outcome '{reply.Outcome}' with reason '{reply.Reason}'.");
        if (ReplyGrounds.LacksAccessRoute(reply.Outcome, reply.Reason ?? "", reply.AccessRoute))
            throw new LetterNotComposableException($"A reply with reason '{reply.Reason}' names where to obtain the information.");
        foreach (var part in reply.Withheld)
            if (!ReplyGrounds.IsWithholdingReason(part.Reason))
                throw new LetterNotComposableException($"Unknown reason for a withheld part: '{part.Reason}'.");
    }
}
