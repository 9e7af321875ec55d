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
