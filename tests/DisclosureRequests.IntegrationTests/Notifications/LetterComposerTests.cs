using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class LetterComposerTests
{
    private static readonly DateOnly ComposedOn = new(2026, 3, 4);
    private readonly LetterComposer composer = new(SampleItems.Agency);

    [Theory]
    [MemberData(nameof(SampleItems.ReplyArticles), MemberType = typeof(SampleItems))]
    public void Every_reply_cites_its_article_and_states_both_remedies(string outcome, string reason, string article)
    {
        var extra = outcome == "partially-disclosed" ? SampleItems.PartialDisclosure : null;
        var letter = composer.Compose(SampleItems.Reply(outcome, reason, extra), ComposedOn);

        Assert.Contains("《中华人民共和国政府信息公开条例》" + article, letter.Text);
        Assert.Contains("60日内依法向某市人民政府申请行政复议", letter.Text);
        Assert.Contains("6个月内依法向人民法院提起行政诉讼", letter.Text);
        Assert.Contains("某交信公开答〔2026〕42号", letter.Html);
    }

    [Theory]
    [InlineData("natural-person", "您于2026年3月2日提出")]
    [InlineData("commercial-enterprise", "您（单位）于2026年3月2日提出")]
    [InlineData(null, "您（单位）于2026年3月2日提出")]
    public void A_letter_addresses_a_person_as_such_and_an_organisation_or_an_earlier_item_as_the_form_does(string? applicantType, string opening)
    {
        var letters = new[] { "clarification-notice", "extension-notice", "fee-notice-items", "delay-notice", "withdrawal-confirmation", "lapse-notice-fee" }
            .Select(name => SampleItems.Letters[name])
            .Append(SampleItems.Reply("disclosed", ""))
            .Select(item => composer.Compose(item with { ApplicantType = applicantType }, ComposedOn).Text)
            .ToList();
        var acknowledgement = composer.Compose(SampleItems.Letters["acknowledgement"] with { ApplicantType = applicantType }, ComposedOn).Text;

        Assert.All(letters, text => Assert.Contains(opening, text));
        Assert.Equal(applicantType != "natural-person", acknowledgement.Contains("收到您（单位）", StringComparison.Ordinal));
        if (applicantType == "natural-person") Assert.All(letters.Append(acknowledgement), text => Assert.DoesNotContain("（单位）", text));
    }

    [Fact]
    public void A_reply_on_an_administrative_query_points_to_the_other_laws_procedure_and_refuses_nothing()
    {
        var text = composer.Compose(SampleItems.Reply("withheld", "administrative-query"), ComposedOn).Text;

        Assert.Contains("第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理。", text);
        Assert.DoesNotContain("不予公开", text);
        Assert.DoesNotContain("第三十六条第（三）项", text);
    }

    [Theory]
    [InlineData("state-secret", "属于国家秘密。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。")]
    [InlineData("third-party-rights", "造成损害。根据《中华人民共和国政府信息公开条例》第十五条、第三十六条第（三）项的规定，本机关决定不予公开。")]
    [InlineData("internal-affairs", "内部事务信息。根据《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项的规定，本机关决定不予公开。")]
    public void A_withheld_reply_gives_its_ground_and_both_articles_and_refuses_once(string reason, string sentence)
    {
        var text = composer.Compose(SampleItems.Reply("withheld", reason), ComposedOn).Text;

        Assert.Contains(sentence, text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "不予公开"));
    }

    [Fact]
    public void A_partial_disclosure_gives_each_withheld_parts_ground_and_article()
    {
        var text = composer.Compose(SampleItems.Reply("partially-disclosed", "", SampleItems.PartialDisclosure), ComposedOn).Text;

        Assert.Contains("1. 中标单位投标报价明细：涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，依照《中华人民共和国政府信息公开条例》第十五条的规定不予公开。", text);
        Assert.Contains("2. 评标委员会内部讨论记录：属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，依照《中华人民共和国政府信息公开条例》第十六条第二款的规定不予公开。", text);
    }

    [Theory]
    [InlineData("online", "请妥善保管申请编号和查询码，凭其查询申请办理进度。")]
    [InlineData("registered-post", "您可以凭申请编号向本机关查询申请办理进度。")]
    [InlineData("in-person", "您可以凭申请编号向本机关查询申请办理进度。")]
    public void The_acknowledgement_mentions_the_access_code_only_to_those_who_were_given_one(string channel, string sentence)
    {
        var text = composer.Compose(SampleItems.Item("applicant", new AcknowledgementLetter(new DateOnly(2026, 3, 30), channel, "道路养护")), ComposedOn).Text;

        Assert.Contains(sentence, text);
        Assert.Equal(channel == "online", text.Contains("查询码", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_acknowledgement_and_the_fee_notice_say_the_fee_time_is_not_counted_only_where_the_agency_does_not_count_it(bool notCounted)
    {
        var rules = new LetterComposer(SampleItems.Agency, new DisclosureRequests.Cases.WorkflowSettings { FeeNoticePausesReplyPeriod = notCounted });

        var acknowledgement = rules.Compose(SampleItems.Letters["acknowledgement"], ComposedOn).Text;
        var feeNotice = rules.Compose(SampleItems.Letters["fee-notice-items"], ComposedOn).Text;

        Assert.Contains("本机关要求您补正申请的，答复期限自本机关收到补正后的申请之日起计算。", acknowledgement);
        Assert.Equal(notCounted, acknowledgement.Contains("缴纳信息处理费所需时间", StringComparison.Ordinal));
        Assert.Equal(notCounted, feeNotice.Contains("不计算在答复期限内", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fee_notice_whose_total_is_not_the_sum_of_its_lines_is_not_composed()
    {
        var notice = SampleItems.Letters["fee-notice-pages"];
        var wrong = notice with { Content = ((FeeNoticeLetter)notice.Content) with { Amount = 3500 } };

        Assert.Throws<LetterNotComposableException>(() => composer.Compose(wrong, ComposedOn));
    }

    [Theory]
    [InlineData("申请获取2025年道路养护工程中标结果公告。", "为：“申请获取2025年道路养护工程中标结果公告。”\n")]
    [InlineData("2025年道路养护工程中标结果公告", "为：“2025年道路养护工程中标结果公告”。\n")]
    public void A_quoted_request_ends_its_sentence_once(string description, string expected)
    {
        var reply = composer.Compose(SampleItems.Reply("disclosed", "", r => r with { Description = description, ClarifiedRequest = description, ClarifiedOn = new DateOnly(2026, 3, 12) }), ComposedOn).Text;
        var acknowledgement = composer.Compose(SampleItems.Item("applicant", new AcknowledgementLetter(new DateOnly(2026, 3, 30), "online", description)), ComposedOn).Text;

        Assert.Equal(2, reply.Split(expected).Length - 1);
        Assert.Contains(expected, acknowledgement);
        Assert.DoesNotContain("。”。", reply + acknowledgement);
    }

    [Fact]
    public void Letters_to_the_parties_of_one_case_bear_different_reference_numbers()
    {
        ThirdPartyConsultationLetter Letter(string id) => new(id, "某公司", "a@b.cn", null, "报价明细", new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 27));

        var subjects = new[] { "c1", "c2", "c12" }.Select(id => composer.Compose(SampleItems.Item("third-party", Letter(id)), ComposedOn).Subject).ToArray();

        Assert.Equal(["某交信公开征〔2026〕42号", "某交信公开征〔2026〕42-2号", "某交信公开征〔2026〕42-12号"],
            subjects.Select(s => s[(s.IndexOf('（') + 1)..s.LastIndexOf('）')]));
    }

    [Theory]
    [InlineData("贵公司投标文件中的报价明细。", "具体为：“贵公司投标文件中的报价明细。”\n")]
    [InlineData("贵公司投标文件中的报价明细", "具体为：“贵公司投标文件中的报价明细”。\n")]
    public void A_consulted_party_reads_the_requested_information_quoted_and_its_sentence_ended_once(string description, string expected)
    {
        var thirdParty = composer.Compose(SampleItems.Item("third-party",
            new ThirdPartyConsultationLetter("c1", "某公司", "a@b.cn", null, description, new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 27))), ComposedOn).Text;
        var otherAgency = composer.Compose(SampleItems.Item("other-agency",
            new OtherAgencyConsultationLetter("c1", "某局", "a@b.cn", null, description, new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 27))), ComposedOn).Text;

        Assert.Contains(expected, thirdParty);
        Assert.Contains(expected, otherAgency);
        Assert.DoesNotContain("。。", thirdParty + otherAgency);
    }

    [Fact]
    public void Markup_in_what_the_applicant_typed_is_escaped_in_the_html()
    {
        var acknowledgement = new AcknowledgementLetter(new DateOnly(2026, 3, 30), "online", "道路\"><img src=x onerror=alert(1)><script>alert(2)</script>");
        var item = SampleItems.Item("applicant", acknowledgement) with { ApplicantName = "<script>alert('name')</script>" };

        var letter = composer.Compose(item, ComposedOn);

        Assert.DoesNotContain("<script>", letter.Html);
        Assert.DoesNotContain("<img", letter.Html);
        Assert.Contains("&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;", letter.Html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", letter.Html);
        Assert.Contains("<script>alert('name')</script>", letter.Text);
    }

    [Fact]
    public void A_line_break_in_a_one_line_value_cannot_start_a_paragraph_of_its_own()
    {
        var item = SampleItems.Item("applicant", new AcknowledgementLetter(new DateOnly(2026, 3, 30), "online", "道路养护\n本机关决定予以公开。"));

        var html = composer.Compose(item, ComposedOn).Html;

        Assert.DoesNotContain("<p class=\"body\">本机关决定予以公开。", html);
        Assert.Contains("道路养护 本机关决定予以公开。", html);
    }

    [Theory]
    [InlineData("withheld", "")]
    [InlineData("withheld", "because-we-said-so")]
    [InlineData("granted", "")]
    public void A_reply_with_an_outcome_outside_the_contract_is_not_composed(string outcome, string reason) =>
        Assert.Throws<LetterNotComposableException>(() => composer.Compose(SampleItems.Reply(outcome, reason), ComposedOn));

    [Fact]
    public void An_already_public_answer_without_a_route_is_not_composed() =>
        Assert.Throws<LetterNotComposableException>(() =>
            composer.Compose(SampleItems.Reply("disclosed", "already-public", reply => reply with { AccessRoute = null }), ComposedOn));

    [Fact]
    public void A_publication_answer_drafted_before_replies_named_a_route_keeps_the_earlier_wording()
    {
        var letter = composer.Compose(SampleItems.Reply("not-processed", "publication", reply => reply with { AccessRoute = null }), ComposedOn);

        Assert.Contains("第三十九条第二款的规定，本机关告知您获取的途径，不作为政府信息公开申请处理。", letter.Text);
        Assert.DoesNotContain("以下途径获取：。", letter.Text);
    }

    [Fact]
    public void An_item_missing_a_value_its_letter_needs_is_not_composed()
    {
        var item = EarlierItems.Item(LetterKinds.ExtensionNotice, "applicant", new() { ["workingDays"] = "20" });
        var error = Assert.Throws<LetterNotComposableException>(() => composer.Compose(OutboxEntities.FromEntity(item.Row(item.Id)), ComposedOn));
        Assert.Contains("reason", error.Message);
    }

    [Fact]
    public void A_letter_is_dated_by_its_own_date_and_an_internal_mail_by_the_day_it_is_composed()
    {
        Assert.Contains("2026年3月25日", composer.Compose(SampleItems.Reply("disclosed", ""), ComposedOn).Text.Split('\n')[^2]);
        Assert.Contains("2026年3月4日", composer.Compose(SampleItems.Letters["officer-reminder"], ComposedOn).Text.Split('\n')[^2]);
    }

    [Fact]
    public void The_agency_name_defaults_to_this_agency_when_none_is_configured()
    {
        var plain = new LetterComposer(AgencyProfile.FromConfiguration(new ConfigurationBuilder().Build()));
        var letter = plain.Compose(SampleItems.Letters["withdrawal-confirmation"], ComposedOn);
        Assert.StartsWith("政府信息公开申请撤回确认书（政府信息公开撤〔2026〕42号）", letter.Subject);
        Assert.Contains("本机关\n2026年3月12日", letter.Text);
    }
}
