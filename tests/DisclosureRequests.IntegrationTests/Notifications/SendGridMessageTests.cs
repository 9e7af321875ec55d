using System.Text.Json.Nodes;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class SendGridMessageTests(SendGridSystem app) : IClassFixture<SendGridSystem>
{
    public static TheoryData<string, string> Addressed => new()
    {
        { "acknowledgement", "zhangsan@example.cn" },
        { "clarification-notice", "zhangsan@example.cn" },
        { "extension-notice", "zhangsan@example.cn" },
        { "third-party-consultation", "legal@builder.example.cn" },
        { "fee-notice-items", "zhangsan@example.cn" },
        { "withdrawal-confirmation", "zhangsan@example.cn" },
        { "lapse-notice-fee", "zhangsan@example.cn" },
        { "officer-reminder", "li.si@agency.example.cn" },
        { "clarification-window-reminder", "officers@agency.example.cn" },
        { "overdue-escalation", "head@agency.example.cn" },
    };

    [Theory]
    [MemberData(nameof(Addressed))]
    public async Task Each_kind_goes_to_SendGrid_as_exactly_this_message(string sample, string recipient)
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Letters[sample] with { Id = id });

        Assert.Equal(1, await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None));

        var sent = Assert.Single(app.Accepted(), m => m["personalizations"]![0]!["custom_args"]!["outboxItemId"]!.GetValue<string>() == id);
        var letter = app.Get<LetterComposer>().Compose(await ItemAsync(state.Id, id), ChinaTime.Today(app.Time));
        var expected = new JsonObject
        {
            ["from"] = new JsonObject { ["name"] = "某市交通运输局", ["email"] = "gongkai@agency.example.cn" },
            ["subject"] = letter.Subject,
            ["personalizations"] = new JsonArray(new JsonObject
            {
                ["to"] = new JsonArray(new JsonObject { ["email"] = recipient }),
                ["custom_args"] = new JsonObject { ["outboxItemId"] = id, ["caseId"] = state.Id, ["kind"] = SampleItems.Letters[sample].Kind },
            }),
            ["content"] = new JsonArray(
                new JsonObject { ["type"] = "text/plain", ["value"] = letter.Text },
                new JsonObject { ["type"] = "text/html", ["value"] = letter.Html }),
        };
        Assert.True(JsonNode.DeepEquals(expected, sent), $"Expected\n{expected.ToJsonString()}\nbut SendGrid got\n{sent.ToJsonString()}");
        Assert.Equal(DeliveryStatus.Delivered, (await OutboxCases.RowAsync(app.Storage, state.Id, id)).GetString("Status"));
    }

    [Fact]
    public async Task The_SendGrid_request_carries_the_api_key()
    {
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Letters["acknowledgement"] with { Id = Guid.NewGuid().ToString("N") });
        await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None);
        var request = app.SendGrid.LogEntries.Last().RequestMessage!;
        Assert.Equal("Bearer " + SendGridSystem.ApiKey, request.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task A_letter_to_someone_without_an_email_address_is_kept_for_posting_and_not_mailed()
    {
        var id = Guid.NewGuid().ToString("N");
        var before = app.Requests;
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), null, SampleItems.Reply("disclosed", "") with { Id = id });

        Assert.Equal(1, await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None));

        Assert.Equal(before, app.Requests);
        Assert.Equal(DeliveryStatus.ToPost, (await OutboxCases.RowAsync(app.Storage, state.Id, id)).GetString("Status"));
        var letter = await app.Storage.Container(StorageNames.LettersContainer).GetBlobClient($"{state.Id}/{id}.html").DownloadContentAsync();
        Assert.Contains("政府信息公开申请答复书", letter.Value.Content.ToString());
    }

    private async Task<OutboxItem> ItemAsync(string caseId, string itemId) =>
        OutboxEntities.FromEntity(await OutboxCases.RowAsync(app.Storage, caseId, itemId));
}
