using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>
/// Runs the app in a process of its own on its own Azurite. First the throughput, in one run: the storage's raw
/// four-entity transaction rate, the filing rate, the raw rate again. Then a mixed load — applicants filing, officers
/// carrying cases through assignment, 补正, drafting, review and approval, everyone reading — while the app is killed
/// with SIGKILL and started again several times; clients retry what a kill cut off, as the page and officers would,
/// with the same Idempotency-Key. Afterwards it checks the record (<see cref="LoadAndCrashChecks"/>) and says what it found.
/// </summary>
public sealed class LoadAndCrashHarness(LoadAndCrashOptions options, TextWriter output)
{
    private const string OfficerName = "officer@agency.gov.cn";
    private static readonly TimeSpan IdleFor = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan FilingPause = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentQueue<SubmissionReceipt> toWork = new();
    private readonly List<SubmissionReceipt> receipts = [];
    private readonly ConcurrentQueue<string> problems = new();
    private readonly string officer = Principals.Header(OfficerName, "CaseOfficer");
    private readonly string reviewer = Principals.Header("reviewer@agency.gov.cn", "LegalReviewer");
    private readonly string approver = Principals.Header("head@agency.gov.cn", "Approver");
    private int actions, replied, reads, lost, kills;
    private HttpClient? http;

    public async Task<LoadAndCrashFindings> RunAsync()
    {
        await using var azurite = await Azurite.StartAsync();
        // A short delivery lease, so that items a kill left claimed are taken over within the run.
        await using var app = new AppProcess(azurite.ConnectionString, new Dictionary<string, string> { ["Mail__DeliveryLeaseSeconds"] = "10" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http = client;
        output.WriteLine($"load-and-crash: app {AppProcess.DllPath} on port {app.Port}, Azurite in memory, {options.Clients} clients, {Environment.ProcessorCount} cores");

        // Warm both sides up (the app's JIT, Azurite's tables) before anything is timed, and wait until the warm-up's
        // letters are out: the task hub has then taken its partitions, and filings are timed with their orchestrations
        // running beside them, as they always will be, rather than queued behind a hub that has not started yet.
        var checks = new LoadAndCrashChecks(azurite.ConnectionString, output);
        var (_, warmUp) = await FilingLoad.RunAsync(client, options.Clients, TimeSpan.FromSeconds(2));
        output.WriteLine($"warm-up: {warmUp.Count} filings, then until their letters were out");
        if (!await checks.AwaitDeliveryAsync(options.SettleWithin)) problems.Enqueue("the warm-up's letters were not all delivered");
        if (!await checks.AwaitTaskHubIdleAsync(options.SettleWithin)) problems.Enqueue("the warm-up's orchestrations were still busy");
        output.WriteLine($"Azurite's sweep of the warm-up's deleted queue messages waited out: {(await QueueSweep.AwaitAsync(azurite)).TotalSeconds:F0} s");
        var idleCost = Cost.Start(azurite, app);
        await Task.Delay(IdleFor);
        var idle = idleCost.Stop(1);
        await RawTransactionRate.MeasureAsync(azurite.ConnectionString, options.Clients, TimeSpan.FromSeconds(1));
        var rawCost = Cost.Start(azurite, app);
        var rawBefore = await RawTransactionRate.MeasureAsync(azurite.ConnectionString, options.Clients, options.MeasureFor);
        var perRaw = rawCost.Stop(rawBefore.Count, idle);
        output.WriteLine($"raw four-entity transactions, {options.Clients} clients: {rawBefore}");
        var filingCost = Cost.Start(azurite, app);
        var (filing, filed) = await FilingLoad.RunAsync(client, options.Clients, options.MeasureFor);
        var window = filingCost.Stop(filed.Count);
        output.WriteLine($"filings (POST /api/requests), {options.Clients} clients: {filing}");
        output.WriteLine(FilingTarget.Describe(filing, rawBefore));
        output.WriteLine($"at the end of the window {await checks.PendingApplicationsAsync():N0} of the {filed.Count:N0} applications were received and numbered, their cases still to be written");
        // The raw rate again once the filings' work behind them is done (their cases written, their letters out, their
        // orchestrations waiting): the storage with the tables the filings grew, not the storage still busy with that
        // work. Writing a case costs the storage far more than receiving it, so the wait grows with the filings.
        if (!await checks.AwaitDeliveryAsync(options.SettleWithin)) problems.Enqueue("the timed filings' letters were not all delivered");
        if (!await checks.AwaitTaskHubIdleAsync(options.SettleWithin)) problems.Enqueue("the timed filings' orchestrations were still busy");
        var perFiling = filingCost.Stop(filed.Count, idle);
        // Azurite serves one request at a time: once it is busy throughout, no client concurrency makes filing cheaper for it.
        output.WriteLine($"Azurite's processor time, less what the idle app costs it: a raw transaction {perRaw.AzuriteMs:F2} ms; a filing, all told " +
                         $"(until its letters were out and its orchestration waited), {perFiling.AzuriteMs:F1} ms = {perFiling.AzuriteMs / perRaw.AzuriteMs:F0} raw transactions. " +
                         $"In the filing window Azurite was busy {window.AzuriteBusy:P0} of the time, the app {window.AppBusy:P0} of one core. " +
                         $"Sustained beyond what a burst's backlog absorbs, writing the cases holds filing to at most {perRaw.AzuriteMs / perFiling.AzuriteMs:F2} of the raw rate on this Azurite");
        var rawAfter = await RawTransactionRate.MeasureAsync(azurite.ConnectionString, options.Clients, options.MeasureFor);
        output.WriteLine($"raw four-entity transactions again, on the tables the filings grew: {rawAfter} = {rawAfter.PerSecond / rawBefore.PerSecond:F2} of the first run");
        foreach (var receipt in warmUp.Concat(filed)) Remember(receipt);

        output.WriteLine($"mixed load for {options.LoadFor.TotalSeconds:F0} s with {options.Kills} kills…");
        var clock = Stopwatch.StartNew();
        var filers = Enumerable.Range(0, Math.Max(1, options.Clients / 2)).Select(c => FileAsync(c, clock));
        var officers = Enumerable.Range(0, Math.Max(1, options.Clients / 4)).Select(_ => WorkAsync(clock));
        var readers = Enumerable.Range(0, Math.Max(1, options.Clients / 4)).Select(_ => ReadAsync(clock));
        await Task.WhenAll(filers.Concat(officers).Concat(readers).Append(KillRepeatedlyAsync(app)));

        var settled = await checks.AwaitDeliveryAsync(options.SettleWithin);
        if (!settled) problems.Enqueue($"outbox items still undelivered, none delivered for {options.SettleWithin.TotalSeconds:F0} s after the load");
        List<SubmissionReceipt> all;
        lock (receipts) all = [.. receipts];
        var record = await checks.VerifyAsync(all, problems);

        var findings = new LoadAndCrashFindings(all.Count, record.Cases, actions, replied, reads, kills, lost, record.MailItems, record.MailStored,
            record.Letters, rawBefore, filing, [.. problems]);
        output.WriteLine($"did: {findings.Filed:N0} filings answered 201, {findings.ActionsApplied:N0} officer and applicant actions, " +
                         $"{findings.CasesReplied:N0} cases replied, {findings.Reads:N0} reads, {findings.Kills} SIGKILLs and restarts, " +
                         $"{findings.RequestsLostToKills:N0} attempts that found the app down or were cut off by a kill, then retried");
        output.WriteLine($"found: {findings.CasesStored:N0} cases, {record.DuplicateNumbers} duplicated tracking numbers, {record.Gaps} unused numbers, " +
                         $"{findings.MailItems:N0} mail items delivered, {findings.MailStored:N0} messages stored, {findings.Letters:N0} letters archived");
        output.WriteLine(findings.Problems.Count == 0 ? "problems: none" : $"problems ({findings.Problems.Count}):");
        foreach (var problem in findings.Problems.Take(20)) output.WriteLine("  " + problem);
        output.WriteLine($"throughput: filing {filing.PerSecond:F1}/s (p50 {filing.Latencies.Percentile(50):F0} ms, p99 {filing.Latencies.Percentile(99):F0} ms) " +
                         $"= {findings.FilingRatio:F2} of the raw transaction rate measured just before, {rawBefore.PerSecond:F1}/s");
        return findings;
    }

    private void Remember(SubmissionReceipt receipt)
    {
        lock (receipts) receipts.Add(receipt);
        toWork.Enqueue(receipt);
    }

    private async Task FileAsync(int client, Stopwatch clock)
    {
        for (var n = 0; clock.Elapsed < options.LoadFor; n++)
        {
            var key = Guid.NewGuid().ToString();
            using var response = await SendAsync(() => FilingLoad.Filing($"负载{client}-{n}", key));
            if (response.StatusCode == HttpStatusCode.Created) Remember((await response.Content.ReadFromJsonAsync<SubmissionReceipt>())!);
            else problems.Enqueue($"filing answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            // At an applicant's pace: the burst was measured above; here the cases are to be worked while the app is killed.
            await Task.Delay(FilingPause);
        }
    }

    private async Task WorkAsync(Stopwatch clock)
    {
        while (clock.Elapsed < options.LoadFor)
        {
            if (!toWork.TryDequeue(out var receipt))
            {
                await Task.Delay(50);
                continue;
            }
            await CarryThroughAsync(receipt);
        }
    }

    private async Task CarryThroughAsync(SubmissionReceipt receipt)
    {
        if (!await ActAsync(receipt, officer, "assign", new { assignee = OfficerName })) return;
        if (receipt.TrackingNumber.EndsWith('3') || receipt.TrackingNumber.EndsWith('7'))
        {
            if (!await ActAsync(receipt, officer, "clarification-request", new { items = new[] { "请写明所需文件的名称或文号" } })) return;
            if (!await ActAsync(receipt, null, "clarification", new { answer = "《2025年道路养护工程招标公告》" })) return;
        }
        if (!await ActAsync(receipt, officer, "draft-reply", new { outcome = "disclosed", summary = "现将所申请信息提供给您。" })) return;
        if (!await ActAsync(receipt, reviewer, "legal-review", new { decision = "approve" })) return;
        if (await ActAsync(receipt, approver, "approval", new { decision = "approve" })) Interlocked.Increment(ref replied);
    }

    /// <summary>A staff action as <paramref name="principal"/>, or the applicant's (with the access code) when it is null.</summary>
    private async Task<bool> ActAsync(SubmissionReceipt receipt, string? principal, string action, object body)
    {
        var key = $"{receipt.Id}:{action}";
        using var response = await SendAsync(() =>
        {
            var path = principal is null ? $"/api/requests/{receipt.Id}/{action}" : $"/api/cases/{receipt.Id}/{action}";
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            if (principal is null) request.Headers.Add("X-Access-Code", receipt.AccessCode);
            else request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            return request;
        });
        if (response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref actions);
            return true;
        }
        problems.Enqueue($"{action} on {receipt.TrackingNumber} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return false;
    }

    private async Task ReadAsync(Stopwatch clock)
    {
        for (var n = 0; clock.Elapsed < options.LoadFor; n++)
        {
            SubmissionReceipt receipt;
            lock (receipts) receipt = receipts[Random.Shared.Next(receipts.Count)];
            using var response = await SendAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, n % 5 == 0 ? $"/api/cases/{receipt.Id}/history" : $"/api/requests/{receipt.Id}");
                if (n % 5 == 0) request.Headers.Add("X-MS-CLIENT-PRINCIPAL", officer);
                else request.Headers.Add("X-Access-Code", receipt.AccessCode);
                return request;
            });
            if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref reads);
            else problems.Enqueue($"reading {receipt.TrackingNumber} answered {(int)response.StatusCode}");
        }
    }

    private async Task KillRepeatedlyAsync(AppProcess app)
    {
        var interval = options.LoadFor / (options.Kills + 1);
        for (var k = 0; k < options.Kills; k++)
        {
            await Task.Delay(interval);
            await app.KillAsync();
            kills++;
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            await app.StartAsync();
        }
    }

    /// <summary>Sends until the app answers below 500; a kill cuts requests off, and the client tries again.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> make)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = make();
            try
            {
                var response = await http!.SendAsync(request);
                if ((int)response.StatusCode < 500) return response;
                problems.Enqueue($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}");
                response.Dispose();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                Interlocked.Increment(ref lost);
            }
            if (attempt >= 1200) throw new InvalidOperationException($"{request.Method} {request.RequestUri} got no answer for two minutes.");
            await Task.Delay(100);
        }
    }
}
