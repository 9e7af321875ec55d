using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Staff;

public sealed class StaffWorkspaceTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    public static TheoryData<string, string, bool> PagesByRole => new()
    {
        { "/staff", "CaseOfficer", true },
        { "/staff", "LegalReviewer", true },
        { "/staff", "Approver", true },
        { "/staff", "Administrator", true },
        { "/staff/cases/" + new string('0', 32), "LegalReviewer", true },
        { "/staff/print", "CaseOfficer", true },
        { "/staff/print", "LegalReviewer", false },
        { "/staff/print", "Approver", false },
        { "/staff/print", "Administrator", false },
        { "/staff/admin", "Administrator", true },
        { "/staff/admin", "CaseOfficer", false },
        { "/staff/admin", "LegalReviewer", false },
        { "/staff/admin", "Approver", false },
    };

    [Theory]
    [MemberData(nameof(PagesByRole))]
    public async Task Each_staff_page_is_served_only_to_its_roles_signed_in_by_cookie(string path, string role, bool allowed)
    {
        var cookie = StaffSignIn.Cookie(await StaffSignIn.PostAsync(app.Client(), $"{role.ToLowerInvariant()}@agency.gov.cn", "测试人员", role));

        using var response = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, path).WithCookie(cookie, fromThePages: false));
        using var anonymous = await app.Client().GetAsync(path);

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        if (!allowed) Assert.Contains("您的角色无权使用此页面", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("/staff/sign-in", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_development_sign_in_cookie_is_the_chosen_person_and_changes_need_the_pages_header()
    {
        using var signIn = await StaffSignIn.PostAsync(app.Client(), "zhang.wei@agency.gov.cn", "张伟", "CaseOfficer");
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var setCookie = signIn.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();
        Assert.Contains("httponly", setCookie);
        Assert.Contains("samesite=strict", setCookie);
        var cookie = StaffSignIn.Cookie(signIn);

        var client = app.Client();
        using var me = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/staff/me").WithCookie(cookie, fromThePages: false));
        var who = await me.ReadJsonAsync();
        Assert.Equal("zhang.wei@agency.gov.cn", who.GetProperty("id").GetString());
        Assert.Equal("张伟", who.GetProperty("displayName").GetString());
        Assert.Equal(["CaseOfficer"], who.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var receipt = await agency.FileAsync();
        var assign = () => new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{receipt.Id}/assign") { Content = JsonContent.Create(new { assignee = "zhang.wei@agency.gov.cn" }) };
        using var forged = await client.SendAsync(assign().WithCookie(cookie, fromThePages: false));
        using var fromPages = await client.SendAsync(assign().WithCookie(cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromPages.StatusCode);
    }

    [Fact]
    public async Task The_development_sign_in_refuses_unknown_roles_and_a_request_not_from_the_pages()
    {
        var client = app.Client();
        using var badRole = await StaffSignIn.PostAsync(client, "x@agency.gov.cn", "某人", "Superuser");
        using var noHeader = await client.PostAsJsonAsync("/staff/dev-sign-in", new { id = "x@agency.gov.cn", displayName = "某人", roles = new[] { "Administrator" } });

        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("角色", (await badRole.ReadJsonAsync()).GetProperty("errors").GetProperty("roles")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, noHeader.StatusCode);
        Assert.False(noHeader.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Assignment_takes_an_active_case_officer_from_the_directory_never_free_text()
    {
        var receipt = await agency.FileAsync();
        await agency.Reviewer.GetAsync("/api/staff/me");

        var stranger = await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = "王某" }, HttpStatusCode.BadRequest);
        var notAnOfficer = await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = Agency.ReviewerName }, HttpStatusCode.BadRequest);
        Assert.Equal("请从工作人员名录中选择在岗的承办人员", stranger.GetProperty("errors").GetProperty("assignee")[0].GetString());
        Assert.Equal("请从工作人员名录中选择在岗的承办人员", notAnOfficer.GetProperty("errors").GetProperty("assignee")[0].GetString());

        using var deactivate = await agency.Administrator.PutAsJsonAsync($"/api/staff/{Agency.OfficerName}", new { active = false });
        Assert.Equal(HttpStatusCode.OK, deactivate.StatusCode);
        await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = Agency.OfficerName.ToUpperInvariant() }, HttpStatusCode.BadRequest);
        using var reactivate = await agency.Administrator.PutAsJsonAsync($"/api/staff/{Agency.OfficerName}", new { active = true, displayName = "李承办" });
        var assigned = await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = Agency.OfficerName.ToUpperInvariant() });
        Assert.Equal(Agency.OfficerName, assigned.GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task The_directory_lists_people_as_they_sign_in_and_only_administrators_edit_it()
    {
        await agency.Approver.GetAsync("/api/staff/me");
        using var byOfficer = await agency.Officer.PutAsJsonAsync($"/api/staff/{Agency.ApproverName}", new { displayName = "某某" });
        using var badEmail = await agency.Administrator.PutAsJsonAsync($"/api/staff/{Agency.ApproverName}", new { email = "not-an-address" });
        using var edited = await agency.Administrator.PutAsJsonAsync($"/api/staff/{Agency.ApproverName}", new { displayName = "赵主任" });

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badEmail.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var directory = (await (await agency.Officer.GetAsync("/api/staff")).ReadJsonAsync()).EnumerateArray().ToArray();
        var approver = Assert.Single(directory, m => m.GetProperty("id").GetString() == Agency.ApproverName);
        Assert.Equal("赵主任", approver.GetProperty("displayName").GetString());
        Assert.Equal(Agency.ApproverName, approver.GetProperty("email").GetString());
        Assert.Equal(["Approver"], approver.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(approver.GetProperty("active").GetBoolean());
    }
}
