using System.Text.Json;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>An outbox row's <c>Item</c> is the typed record as JSON, its kind the discriminator; read back it words the same letter.</summary>
public sealed class StoredLetterShapeTests
{
    private static readonly DateOnly ComposedOn = new(2026, 3, 4);
    private static readonly DateTimeOffset CreatedAt = new(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly LetterComposer composer = new(SampleItems.Agency);

    public static TheoryData<string> LetterNames => new(SampleItems.Letters.Keys);

    [Fact]
    public void Every_kind_of_content_has_its_letter_kind_and_every_letter_kind_its_content()
    {
        Assert.Equal(LetterKinds.All.Select(k => k.Kind).Order(), LetterContent.Kinds.Values.Order());
        foreach (var kind in LetterKinds.All) Assert.NotNull(typeof(LetterComposer).Assembly.GetManifestResourceInfo("DisclosureRequests.Core.Notifications.Templates." + kind.TemplateName));
    }

    [Theory]
    [MemberData(nameof(LetterNames))]
    public void A_stored_item_reads_back_as_the_same_letter(string name)
    {
        var item = SampleItems.Letters[name];
        var row = OutboxEntities.ToEntity(item.CaseId, item, CreatedAt);

        Assert.Equal(item.Kind, row.GetString("Kind"));
        Assert.Equal(composer.Compose(item, ComposedOn), composer.Compose(OutboxEntities.FromEntity(row), ComposedOn));
    }

    [Fact]
    public void Lists_parts_and_fee_lines_are_stored_as_json_arrays_and_objects()
    {
        var reply = SampleItems.Reply("partially-disclosed", "", SampleItems.PartialDisclosure);
        var stored = JsonDocument.Parse(OutboxEntities.ToEntity(reply.CaseId, reply, CreatedAt).GetString("Item")).RootElement;

        var content = stored.GetProperty("content");
        Assert.Equal("reply", content.GetProperty("kind").GetString());
        Assert.Equal("中标单位投标报价明细", content.GetProperty("withheld")[0].GetProperty("description").GetString());
        Assert.Equal("中标结果公示.pdf", content.GetProperty("releasedDocuments")[1].GetString());
        Assert.False(stored.TryGetProperty("data", out _));

        var fee = SampleItems.Letters["fee-notice-items"];
        var line = JsonDocument.Parse(OutboxEntities.ToEntity(fee.CaseId, fee, CreatedAt).GetString("Item")).RootElement.GetProperty("content").GetProperty("breakdown")[1];
        Assert.Equal((31, 35, 1000), (line.GetProperty("from").GetInt32(), line.GetProperty("to").GetInt32(), line.GetProperty("subtotal").GetInt32()));
    }

    [Fact]
    public void A_row_of_a_kind_this_release_does_not_know_cannot_be_composed()
    {
        var item = SampleItems.Letters["withdrawal-confirmation"] with { Id = "w1" };
        var row = OutboxEntities.ToEntity(item.CaseId, item, CreatedAt);
        row["Item"] = row.GetString("Item").Replace("\"withdrawal-confirmation\"", "\"postcard\"");

        Assert.Throws<LetterNotComposableException>(() => OutboxEntities.FromEntity(row));
        Assert.Equal(new OutboxEnvelope(item.Id, item.Kind, "applicant"), OutboxEntities.EnvelopeOf(row));
    }
}
