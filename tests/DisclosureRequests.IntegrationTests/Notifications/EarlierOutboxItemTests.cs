using System.Text.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>
/// Outbox rows the release before typed letters wrote (values as strings, lists packed with line breaks and <c>|</c>)
/// stay in the outbox of cases in flight at the upgrade: they are read into today's records and delivered as the same
/// letters, word for word the golden files.
/// </summary>
public sealed class EarlierOutboxItemTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly DateOnly ComposedOn = new(2026, 3, 4);
    private readonly LetterComposer composer = new(SampleItems.Agency);

    public static TheoryData<string> LetterNames => new(EarlierItems.Letters.Keys);

    [Theory]
    [MemberData(nameof(LetterNames))]
    public void A_letter_stored_by_the_previous_release_reads_as_its_golden_file(string name) =>
        Golden.Matches(name, composer.Compose(AsFiledByAPerson(Read(EarlierItems.Letters[name])), ComposedOn));

    /// <summary>The codes of the previous release's replies: it named no route, so had no answer of Art. 36(1).</summary>
    public static TheoryData<string, string> EarlierReplyCodes
    {
        get
        {
            var codes = new TheoryData<string, string>();
            foreach (var (outcome, reasons) in ReplyGrounds.ReasonsByOutcome)
                foreach (var reason in reasons.DefaultIfEmpty("").Where(r => !ReplyOutcomes.NamesAccessRoute(outcome, r)))
                    codes.Add(outcome, reason);
            return codes;
        }
    }

    [Theory]
    [MemberData(nameof(EarlierReplyCodes))]
    public void A_reply_stored_by_the_previous_release_reads_as_its_golden_file(string outcome, string reason)
    {
        var extra = outcome == "partially-disclosed" ? EarlierItems.PartialDisclosure
            : outcome == "disclosed" ? new Dictionary<string, string> { ["releasedDocuments"] = "道路养护工程招标公告.pdf" }
            : null;
        Golden.Matches($"reply-{outcome}{(reason.Length > 0 ? "-" + reason : "")}", composer.Compose(AsFiledByAPerson(Read(EarlierItems.Reply(outcome, reason, extra))), ComposedOn));
    }

    [Fact]
    public void A_reply_of_the_previous_release_naming_the_responsible_agency_or_the_clarified_request_reads_as_its_golden_file()
    {
        Golden.Matches("reply-unavailable-not-held-elsewhere", composer.Compose(AsFiledByAPerson(Read(EarlierItems.Reply("unavailable", "not-held", new()
        {
            ["responsibleAgency"] = "某市住房和城乡建设局",
            ["responsibleAgencyContact"] = "某市人民路1号，电话010-12345678",
        }))), ComposedOn));
        Golden.Matches("reply-after-clarification", composer.Compose(AsFiledByAPerson(Read(EarlierItems.Reply("unavailable", "still-unclear", new()
        {
            ["clarifiedRequest"] = "2025年道路养护工程的全部资料",
            ["clarifiedOn"] = "2026-03-12",
        }))), ComposedOn));
    }

    [Fact]
    public void A_publication_reply_of_the_previous_release_without_a_route_keeps_its_wording() =>
        Golden.Matches("reply-not-processed-publication-without-route",
            composer.Compose(AsFiledByAPerson(Read(EarlierItems.Reply("not-processed", "publication", null))), ComposedOn));

    [Theory]
    [MemberData(nameof(LetterNames))]
    public void An_item_of_the_previous_release_reads_as_the_typed_item_of_today(string name) =>
        Assert.Equal(JsonSerializer.Serialize(SampleItems.Letters[name] with { ApplicantType = null }, Json.Options), JsonSerializer.Serialize(Read(EarlierItems.Letters[name]), Json.Options));

    [Fact]
    public void Packed_lists_read_as_one_record_an_entry()
    {
        var reply = Assert.IsType<ReplyLetter>(Read(EarlierItems.Reply("partially-disclosed", "", EarlierItems.PartialDisclosure)).Content);
        Assert.Equal([new WithheldPart("third-party-rights", "中标单位投标报价明细"), new WithheldPart("process-information", "评标委员会内部讨论记录")], reply.Withheld);
        Assert.Equal(["道路养护工程招标公告.pdf", "中标结果公示.pdf"], reply.ReleasedDocuments);

        var fee = Assert.IsType<FeeNoticeLetter>(Read(EarlierItems.Letters["fee-notice-many-items"]).Content);
        Assert.Equal(12492502000, fee.Amount);
        Assert.Equal(new Fees.FeeLine(51, 50000, 400, 499800, 12492495000), fee.Breakdown[^1]);
    }

    [Fact]
    public void A_fee_line_of_an_earlier_release_with_one_rate_reads_as_a_line_of_that_rate()
    {
        var item = EarlierItems.Letters["fee-notice-pages"].With("breakdown", "31-100|70|10|700\n101-200|100|20|2000\n201-230|30|40|1200");
        Golden.Matches("fee-notice-pages", composer.Compose(AsFiledByAPerson(Read(item)), ComposedOn));
    }

    [Fact]
    public async Task A_case_in_flight_at_the_upgrade_has_the_letters_left_in_its_outbox_delivered()
    {
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn");
        var (notice, reply) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        await EarlierItems.StoreAsync(app.Storage, state, EarlierItems.Letters["clarification-notice"] with { Id = notice });
        await EarlierItems.StoreAsync(app.Storage, state, EarlierItems.Reply("partially-disclosed", "", EarlierItems.PartialDisclosure) with { Id = reply });

        Assert.Equal(2, await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None));

        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, state.Id, notice)).GetString("Status"));
        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, state.Id, reply)).GetString("Status"));
        var noticeText = await LetterTextAsync(state.Id, notice);
        Assert.Contains("申请编号：" + state.TrackingNumber, noticeText);
        Assert.Contains("1. 请说明所申请文件的名称或文号\n", noticeText);
        Assert.Contains("2. 请说明所申请信息的形成时间范围\n", noticeText);
        var replyText = await LetterTextAsync(state.Id, reply);
        Assert.Contains("1. 中标单位投标报价明细：涉及商业秘密、个人隐私等", replyText);
        Assert.Contains("2. 评标委员会内部讨论记录：属于行政机关在履行行政管理职能过程中形成的讨论记录", replyText);
        Assert.Contains("2. 中标结果公示.pdf", replyText);
    }

    [Fact]
    public async Task The_correspondence_register_lists_the_previous_release_s_items_with_today_s()
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Letters["acknowledgement"] with { Id = "today-" + id });
        await EarlierItems.StoreAsync(app.Storage, state, EarlierItems.Letters["extension-notice"] with { Id = id });

        var entries = await app.Get<Correspondence>().ListAsync(state.Id, CancellationToken.None);

        Assert.Contains(entries, e => e.Id == id && e.Kind == LetterKinds.ExtensionNotice && e.Audience == "applicant");
        Assert.Contains(entries, e => e.Id == "today-" + id && e.Kind == LetterKinds.Acknowledgement);
    }

    private static OutboxItem Read(EarlierItems.EarlierItem item) => OutboxEntities.FromEntity(item.Row(item.Id));

    /// <summary>An earlier release's item does not say who applied; the golden letters are addressed to a person.</summary>
    private static OutboxItem AsFiledByAPerson(OutboxItem item) => item with { ApplicantType = DisclosureRequests.Intake.ApplicantTypes.NaturalPerson };

    private async Task<string> LetterTextAsync(string caseId, string itemId) =>
        (await app.Storage.Container(StorageNames.LettersContainer).GetBlobClient($"{caseId}/{itemId}.txt").DownloadContentAsync()).Value.Content.ToString();
}
