using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>
/// Until a year's holiday notice is published, a deadline in that year is not known, and a letter must say what the
/// law says (「自收到申请之日起20个工作日内」, 「延长答复期限N个工作日」) rather than print an empty date. Every
/// kind of letter is composed here with every date it carries left empty: a template that printed one would fail
/// (the date filter refuses an empty value) or leave the words around it dangling.
/// </summary>
public sealed class UndatedLetterTests
{
    private static readonly DateOnly ComposedOn = new(2026, 12, 10);
    private readonly LetterComposer composer = new(SampleItems.Agency);

    // What the words around a date read like once the date is gone.
    private static readonly string[] DanglingWords = ["于前", "于收到", "于提出", "于作出", "期限为，", "期限为。", "自起", "（）", "：）", "即于", "年月日"];

    public static TheoryData<string> Samples
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in SampleItems.Letters.Keys) names.Add(name);
            foreach (var (outcome, reasons) in ReplyGrounds.ReasonsByOutcome)
                foreach (var reason in reasons.DefaultIfEmpty(""))
                    names.Add($"reply:{outcome}:{reason}");
            return names;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_letter_with_every_date_unknown_is_worded_without_an_empty_date(string sample)
    {
        var item = Undated(Sample(sample));
        Assert.NotEmpty(DatesIn(Sample(sample)));
        Assert.Empty(DatesIn(item));

        var letter = composer.Compose(item, ComposedOn);

        foreach (var words in DanglingWords)
        {
            Assert.DoesNotContain(words, letter.Text);
            Assert.DoesNotContain(words, letter.Subject);
        }
        Assert.Contains("2026年12月10日", letter.Text);
    }

    [Fact]
    public void The_acknowledgement_without_a_due_date_states_the_period_of_Article_33() =>
        Assert.Contains("本机关将自收到申请之日起20个工作日内作出答复",
            composer.Compose(Undated(SampleItems.Letters["acknowledgement"]), ComposedOn).Text);

    [Fact]
    public void The_extension_notice_without_a_due_date_states_the_days_added() =>
        Assert.Contains("延长答复期限20个工作日，本机关将在延长后的答复期限内作出答复",
            composer.Compose(Undated(SampleItems.Letters["extension-notice"]), ComposedOn).Text);

    [Fact]
    public void The_clarification_notice_without_a_date_gives_the_working_days_to_clarify() =>
        Assert.Contains("请您自收到本告知书之日起15个工作日内向本机关作出补正",
            composer.Compose(SampleItems.Letters["clarification-notice-date-unknown"], ComposedOn).Text);

    [Fact]
    public void A_template_that_prints_an_empty_date_cannot_be_composed()
    {
        var earlier = EarlierItems.Item(LetterKinds.OfficerReminder, "assignee", new() { ["replyDueOn"] = "2026-13-45", ["workingDaysLeft"] = "3", ["status"] = "in-progress" });
        Assert.Throws<LetterNotComposableException>(() => composer.Compose(OutboxEntities.FromEntity(earlier.Row(earlier.Id)), ComposedOn));
    }

    private static OutboxItem Sample(string name)
    {
        if (!name.StartsWith("reply:", StringComparison.Ordinal)) return SampleItems.Letters[name];
        var parts = name.Split(':');
        var extra = parts[1] == "partially-disclosed" ? SampleItems.PartialDisclosure : null;
        return SampleItems.Reply(parts[1], parts[2], extra);
    }

    /// <summary>The item with every date it carries taken out, as its stored JSON would have it.</summary>
    private static OutboxItem Undated(OutboxItem item)
    {
        var json = JsonSerializer.SerializeToNode(item, Json.Options)!;
        foreach (var date in DatesIn(json)) date.Parent!.AsObject()[date.GetPropertyName()] = null;
        return json.Deserialize<OutboxItem>(Json.Options)!;
    }

    private static List<JsonNode> DatesIn(OutboxItem item) => DatesIn(JsonSerializer.SerializeToNode(item, Json.Options)!);

    private static List<JsonNode> DatesIn(JsonNode node) => node switch
    {
        JsonObject members => members.Select(m => m.Value).OfType<JsonNode>().SelectMany(DatesIn).ToList(),
        JsonArray entries => entries.OfType<JsonNode>().SelectMany(DatesIn).ToList(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String && IsDate(value.GetValue<string>()) && value.Parent is JsonObject => [value],
        _ => [],
    };

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
