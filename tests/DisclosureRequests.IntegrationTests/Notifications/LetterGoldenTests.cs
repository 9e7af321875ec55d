using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Notifications;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class LetterGoldenTests
{
    private static readonly DateOnly ComposedOn = new(2026, 3, 4);
    private readonly LetterComposer composer = new(SampleItems.Agency);

    public static TheoryData<string> LetterNames => new(SampleItems.Letters.Keys);

    public static TheoryData<string, string> ReplyCodes
    {
        get
        {
            var codes = new TheoryData<string, string>();
            foreach (var (outcome, reasons) in ReplyGrounds.ReasonsByOutcome)
                foreach (var reason in reasons.DefaultIfEmpty(""))
                    codes.Add(outcome, reason);
            return codes;
        }
    }

    [Theory]
    [MemberData(nameof(LetterNames))]
    public void Each_kind_of_letter_reads_as_its_golden_file(string name) =>
        Golden.Matches(name, composer.Compose(SampleItems.Letters[name], ComposedOn));

    [Theory]
    [MemberData(nameof(ReplyCodes))]
    public void Each_reply_outcome_and_reason_reads_as_its_golden_file(string outcome, string reason)
    {
        Func<ReplyLetter, ReplyLetter>? extra = outcome == "partially-disclosed" ? SampleItems.PartialDisclosure
            : outcome == "disclosed" && reason.Length == 0 ? reply => reply with { ReleasedDocuments = ["道路养护工程招标公告.pdf"] }
            : null;
        Golden.Matches($"reply-{outcome}{(reason.Length > 0 ? "-" + reason : "")}", composer.Compose(SampleItems.Reply(outcome, reason, extra), ComposedOn));
    }

    [Fact]
    public void An_answer_that_another_agency_is_responsible_names_it_and_its_contact_details_and_not_art_36_4() =>
        Golden.Matches("reply-unavailable-not-held-elsewhere",
            composer.Compose(SampleItems.Reply("unavailable", "not-held", reply => reply with
            {
                ResponsibleAgency = "某市住房和城乡建设局",
                ResponsibleAgencyContact = "某市人民路1号，电话010-12345678",
            }), ComposedOn));

    [Fact]
    public void A_reply_after_a_clarification_quotes_the_original_and_the_clarified_request() =>
        Golden.Matches("reply-after-clarification",
            composer.Compose(SampleItems.Reply("unavailable", "still-unclear", reply => reply with
            {
                ClarifiedRequest = "2025年道路养护工程的全部资料",
                ClarifiedOn = new DateOnly(2026, 3, 12),
            }), ComposedOn));
}
