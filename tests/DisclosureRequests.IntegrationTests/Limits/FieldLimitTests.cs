using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class FieldLimitTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    private static object Application(object applicant, string description = "2025年本市道路养护工程的招标文件") =>
        new { applicant, description, format = "electronic", delivery = "email" };

    public static TheoryData<string, object> OverlongApplicantFields => new()
    {
        { "applicant.address", new { type = "natural-person", name = "张三", email = "a@example.cn", address = new string('路', 1_000) } },
        { "applicant.idNumber", new { type = "natural-person", name = "张三", email = "a@example.cn", idNumber = new string('1', 10_000) } },
        { "applicant.organizationCode", new { type = "commercial-enterprise", name = "某公司", email = "a@example.cn", organizationCode = new string('9', 10_000) } },
        { "applicant.email", new { type = "natural-person", name = "张三", email = new string('a', 300) + "@example.cn" } },
        { "applicant.phone", new { type = "natural-person", name = "张三", email = "a@example.cn", phone = new string('1', 300) } },
        { "applicant.name", new { type = "natural-person", name = new string('张', 300), email = "a@example.cn" } },
    };

    [Theory]
    [MemberData(nameof(OverlongApplicantFields))]
    public async Task Every_applicant_field_has_a_maximum_and_a_value_beyond_it_is_a_field_error_that_stores_nothing(string field, object applicant)
    {
        var before = await StoredRows.SnapshotAsync(app);

        using var response = await app.Client().PostAsJsonAsync("/api/requests", Application(applicant));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await StoredRows.SnapshotAsync(app));
    }

    [Fact]
    public async Task A_reply_may_be_drafted_up_to_the_8000_characters_the_page_allows_and_no_longer()
    {
        var tooLong = await agency.FileAndAssignAsync();
        var refused = await agency.ActAsync(agency.Officer, tooLong.Id, "draft-reply",
            new { outcome = "disclosed", summary = new string('答', 8_001) }, HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("summary", out _));

        var drafted = await agency.ActAsync(agency.Officer, tooLong.Id, "draft-reply", new { outcome = "disclosed", summary = new string('答', 8_000) });
        Assert.Equal(8_000, drafted.GetProperty("draft").GetProperty("summary").GetString()!.Length);
    }

    [Theory]
    [InlineData("110101199003070012")]
    [InlineData("11010119900307001Y")]
    [InlineData("身份证110101199003")]
    public async Task A_resident_ID_whose_check_character_does_not_match_is_refused_in_Chinese(string idNumber)
    {
        using var response = await app.Client().PostAsJsonAsync("/api/requests",
            Application(new { type = "natural-person", name = "张三", email = "a@example.cn", idNumber }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("身份证件号码", (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("applicant.idNumber")[0].GetString());
    }

    [Fact]
    public async Task A_valid_resident_ID_or_another_identity_document_is_accepted()
    {
        await agency.FileAsync(Application(new { type = "natural-person", name = "张三", email = "a@example.cn", idNumber = "11010519491231002X" }));
        await agency.FileAsync(Application(new { type = "natural-person", name = "John Smith", email = "a@example.cn", idNumber = "E12345678" }));
    }

    [Theory]
    [InlineData("91110000000000000X")]
    [InlineData("91110000000000000")]
    [InlineData("9111000000000000IE")]
    public async Task An_organisation_whose_unified_social_credit_code_fails_its_check_character_is_refused(string code)
    {
        using var response = await app.Client().PostAsJsonAsync("/api/requests",
            Application(new { type = "commercial-enterprise", name = "某公司", email = "a@example.cn", organizationCode = code }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("统一社会信用代码", (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("applicant.organizationCode")[0].GetString());
    }

    [Fact]
    public async Task Control_and_bidirectional_override_characters_are_stripped_from_every_text_field()
    {
        var receipt = await agency.FileAndAssignAsync(Application(
            new { type = "natural-person", name = "张\u202E三\u0007", email = "a@example.cn", address = "北京市\u2066东城区\u0000" },
            description: "招标\u202D文件\u001B\n第二行"));
        var asked = await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请说明\u202E年份\u0008" } });

        var application = asked.GetProperty("application");
        Assert.Equal("张三", application.GetProperty("applicant").GetProperty("name").GetString());
        Assert.Equal("北京市东城区", application.GetProperty("applicant").GetProperty("address").GetString());
        Assert.Equal("招标文件\n第二行", application.GetProperty("description").GetString());
        Assert.Equal("请说明年份", asked.GetProperty("clarification").GetProperty("items")[0].GetString());
    }

    [Fact]
    public async Task Officer_bodies_have_maxima_on_their_texts_and_lists()
    {
        var receipt = await agency.FileAndAssignAsync();

        var tooMany = await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request",
            new { items = Enumerable.Range(1, 51).Select(i => $"第{i}项").ToArray() }, HttpStatusCode.BadRequest);
        var tooLong = await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request",
            new { items = new[] { new string('项', 2001) } }, HttpStatusCode.BadRequest);
        var longAssignee = await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = new string('a', 5000) }, HttpStatusCode.BadRequest);

        Assert.True(tooMany.GetProperty("errors").TryGetProperty("items", out _));
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("items[0]", out _));
        Assert.True(longAssignee.GetProperty("errors").TryGetProperty("assignee", out _));
    }
}
