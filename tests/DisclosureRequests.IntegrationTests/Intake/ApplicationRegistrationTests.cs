using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Intake;

/// <summary>
/// An application is on record with its number as soon as it is received; its case is written at once when a
/// registration slot is free, in turn when a burst fills them, on demand when someone asks for it, and by the sweep
/// when the instance that received it stopped first.
/// </summary>
public sealed class ApplicationRegistrationTests : IAsyncLifetime
{
    private SystemUnderTest? app;

    private SystemUnderTest App => app!;

    public async Task InitializeAsync() =>
        app = await SystemUnderTest.StartWithSettingsAsync(new Dictionary<string, string> { ["Intake:RegistrationConcurrency"] = "1" });

    public Task DisposeAsync() => app?.DisposeAsync() ?? Task.CompletedTask;

    [Fact]
    public async Task A_burst_beyond_the_registration_slots_is_answered_before_its_cases_are_written_and_every_case_follows_with_its_number()
    {
        var client = App.Client();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.FileAsync(Applications.Valid(name: $"申请人{i}"))));
        var stillPending = await PendingCountAsync();

        Assert.True(stillPending > 0, "every case was written before its applicant was answered");
        Assert.Equal(Enumerable.Range(1, 40), receipts.Select(r => int.Parse(r.TrackingNumber[5..])).Order());
        await WaitUntilAsync(async () => await PendingCountAsync() == 0);
        foreach (var receipt in receipts)
        {
            var stored = await App.Get<CaseStore>().LoadAsync(receipt.Id, CancellationToken.None);
            Assert.Equal(receipt.TrackingNumber, stored?.State.TrackingNumber);
        }
    }

    [Fact]
    public async Task An_applicant_reading_a_case_not_yet_written_has_it_written_at_once()
    {
        var receipt = await ReceiveWithoutRegisteringAsync(Applications.Typed(), idempotencyKey: null);
        var agency = new Agency(App);

        using var response = await agency.TrackAsync(receipt.Id, receipt.AccessCode);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(receipt.TrackingNumber, (await response.ReadJsonAsync()).GetProperty("trackingNumber").GetString());
        Assert.Contains("application-received", await agency.EventTypesAsync(receipt.Id));
        Assert.Equal(0, await PendingCountAsync());
    }

    [Fact]
    public async Task An_application_received_by_an_instance_that_stopped_before_writing_its_case_is_registered_by_the_sweep_with_its_number()
    {
        var receipt = await ReceiveWithoutRegisteringAsync(Applications.Typed(), idempotencyKey: null);
        var agency = new Agency(App);

        var tooSoon = await agency.SweepAsync();
        App.Time.Advance(App.Get<ApplicationRegistrar>().LeftOverAfter);
        var afterwards = await agency.SweepAsync();
        await agency.DispatchOutboxAsync();

        Assert.Equal(0, tooSoon.ApplicationsRegistered);
        Assert.Equal(1, afterwards.ApplicationsRegistered);
        var stored = await App.Get<CaseStore>().LoadAsync(receipt.Id, CancellationToken.None);
        Assert.Equal(receipt.TrackingNumber, stored?.State.TrackingNumber);
        Assert.Equal(SystemUnderTest.Start, stored!.State.FiledAt);
        Assert.Contains("acknowledgement", await agency.OutboxKindsAsync(receipt.Id));
        Assert.Equal(0, await PendingCountAsync());
        Assert.Equal(0, (await agency.SweepAsync()).ApplicationsRegistered);
    }

    [Fact]
    public async Task A_retry_of_a_submission_received_but_not_yet_written_is_answered_with_the_same_number_and_code()
    {
        var application = Applications.Typed();
        var key = Guid.NewGuid().ToString();
        var first = await ReceiveWithoutRegisteringAsync(application, key);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(application) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await App.Client().SendAsync(request);
        var retried = (await response.Content.ReadFromJsonAsync<SubmissionReceipt>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("true", response.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((first.Id, first.TrackingNumber, first.AccessCode), (retried.Id, retried.TrackingNumber, retried.AccessCode));
        var next = await App.Client().FileAsync();
        Assert.EndsWith("-000002", next.TrackingNumber);
    }

    [Fact]
    public async Task The_years_report_counts_an_application_received_but_whose_case_was_not_yet_written_when_the_year_ended()
    {
        await ReceiveWithoutRegisteringAsync(Applications.Typed(), idempotencyKey: null);
        App.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 5, 0, TimeSpan.FromHours(8)));
        var compile = App.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.AnnualReport);

        var result = await compile.RunAsync(FunctionInvocation.Timer(), CancellationToken.None);

        Assert.Contains("compiled from 1 case records", result.Logs.Single());
        Assert.Equal(0, await PendingCountAsync());
    }

    /// <summary>What the intake stores before the case is written, as an instance that stopped there left it.</summary>
    private async Task<SubmissionReceipt> ReceiveWithoutRegisteringAsync(ApplicationRequest application, string? idempotencyKey)
    {
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(application, Json.Options)));
        var caseId = idempotencyKey is null ? CaseIds.New() : CaseIds.FromIdempotencyKey(idempotencyKey);
        var issuer = App.Get<AccessCodeIssuer>();
        var accessCode = idempotencyKey is null ? issuer.New() : issuer.ForIdempotentSubmission(idempotencyKey, caseId, requestHash);
        var today = new Agency(App).Today;
        var filing = new PendingFiling(caseId, application.ToDetails(), "online", today, App.Time.GetUtcNow(), AccessCodes.Hash(accessCode),
            idempotencyKey is null ? null : requestHash, null, ConfirmAddress: false);
        var number = await App.Get<TrackingNumbers>().IssueAsync(
            today.Year, new PendingApplication(caseId, ApplicationRegistrar.Payload(filing), filing.FiledAt), CancellationToken.None);
        return new SubmissionReceipt(caseId, number, accessCode, "received", today, null);
    }

    private async Task<int> PendingCountAsync()
    {
        var count = 0;
        await foreach (var _ in App.Get<PendingApplications>().AllAsync(CancellationToken.None)) count++;
        return count;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the condition did not come true within a minute");
            await Task.Delay(100);
        }
    }
}
