using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class StoredMailTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task Without_a_SendGrid_key_every_message_is_stored_whole_in_the_mail_container()
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Letters["acknowledgement"] with { Id = id });

        Assert.Equal(1, await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None));

        var mail = app.Storage.Container(StorageNames.MailContainer);
        var json = JsonDocument.Parse((await mail.GetBlobClient($"{state.Id}/{id}.json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
        var html = (await mail.GetBlobClient($"{state.Id}/{id}.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal("zhangsan@example.cn", json.GetProperty("to")[0].GetString());
        Assert.StartsWith("政府信息公开申请登记回执", json.GetProperty("subject").GetString());
        Assert.Contains("申请编号为" + state.TrackingNumber, json.GetProperty("text").GetString());
        Assert.Equal(html, json.GetProperty("html").GetString());
        Assert.Contains("<h1>政府信息公开申请登记回执</h1>", html);
        Assert.True(await app.Storage.Container(StorageNames.LettersContainer).GetBlobClient($"{state.Id}/{id}.html").ExistsAsync());
    }

    [Fact]
    public async Task Applicant_text_with_script_is_stored_escaped()
    {
        var id = Guid.NewGuid().ToString("N");
        var acknowledgement = new AcknowledgementLetter(new DateOnly(2026, 3, 30), "online", "<script>alert(1)</script>");
        var item = SampleItems.Item("applicant", acknowledgement, id) with { ApplicantName = "<script>steal()</script>" };
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", item);

        await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None);

        var letter = (await app.Storage.Container(StorageNames.LettersContainer).GetBlobClient($"{state.Id}/{id}.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.DoesNotContain("<script>", letter);
        Assert.Contains("&lt;script&gt;steal()&lt;/script&gt;", letter);
    }

    [Fact]
    public async Task The_correspondence_register_shows_each_item_with_its_delivery_status_to_staff_only()
    {
        var mailed = Guid.NewGuid().ToString("N");
        var posted = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), null,
            SampleItems.Letters["third-party-consultation"] with { Id = mailed },
            SampleItems.Letters["other-agency-consultation"] with { Id = posted });
        await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None);

        var officer = app.Client().As("li.si@agency.example.cn", Roles.LegalReviewer);
        var entries = (await officer.GetFromJsonAsync<List<CorrespondenceEntry>>($"/api/cases/{state.Id}/correspondence"))!;
        Assert.Equal(DeliveryStatus.Delivered, entries.Single(e => e.Id == mailed).Status);
        var post = entries.Single(e => e.Id == posted);
        Assert.Equal(DeliveryStatus.ToPost, post.Status);
        Assert.Equal("other-agency", post.Audience);
        Assert.NotNull(post.CreatedAt);
        Assert.NotNull(post.DeliveredAt);
        Assert.Equal(2, entries.Count);

        using var letter = await officer.GetAsync(post.Letter);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Contains("政府信息公开征求意见函", await letter.Content.ReadAsStringAsync());

        using var anonymous = await app.Client().GetAsync($"/api/cases/{state.Id}/correspondence");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var owner = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{state.Id}/correspondence");
        owner.Headers.Add(AccessCodes.HeaderName, "TESTCODE");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().SendAsync(owner)).StatusCode);
    }

    [Fact]
    public async Task An_internal_reminder_with_nobody_to_send_to_is_parked_not_dropped()
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Letters["clarification-window-reminder"] with { Id = id });

        Assert.Equal(0, await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None));

        var row = await OutboxCases.RowAsync(app.Storage, state.Id, id);
        Assert.Equal(DeliveryStatus.Parked, row.GetString("Status"));
        Assert.Contains("case-officers", row.GetString("LastError"));
    }

    [Fact]
    public async Task An_item_of_an_unknown_kind_is_parked_at_once()
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn");
        await EarlierItems.StoreAsync(app.Storage, state, EarlierItems.Item("postcard", "applicant", new(), id));

        await app.Get<OutboxDelivery>().DeliverPendingAsync(state.Id, CancellationToken.None);

        var row = await OutboxCases.RowAsync(app.Storage, state.Id, id);
        Assert.Equal(DeliveryStatus.Parked, row.GetString("Status"));
        Assert.Equal(0, row.GetInt32("Attempts"));
    }
}
