using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Intake;

/// <summary>
/// Writes the cases of received applications (<see cref="PendingApplications"/>). A lone filing has its case written
/// before the applicant is answered. While several are being received at once, or
/// <see cref="IntakeSettings.RegistrationConcurrency"/> cases are already being written, the applicant is answered once
/// the application is received and numbered, and its case follows in turn: once the burst eases, or when it has waited
/// <see cref="IntakeSettings.RegistrationDelayLimit"/>. A burst of filings is thus received at the rate the storage takes
/// one shared transaction, not the rate it takes a whole case with its orchestration and letters. Anyone asking for
/// such a case meanwhile has it written at once; applications an instance stopped before registering are taken up by
/// the sweep.
/// </summary>
public sealed class ApplicationRegistrar(
    PendingApplications pending, Func<CaseCommands> commands, WorkingDayCalendars calendars, IntakeSettings settings, TimeProvider time,
    ILogger<ApplicationRegistrar> logger) : IPendingCases
{
    /// <summary>How long an application's own instance has to register it (a burst's wait and then some) before the sweep may.</summary>
    public TimeSpan LeftOverAfter => settings.RegistrationDelayLimit + TimeSpan.FromSeconds(30);

    private static readonly AsyncLocal<string?> Registering = new();
    private static readonly TimeSpan YieldFor = TimeSpan.FromMilliseconds(50);

    private readonly SemaphoreSlim slots = new(settings.RegistrationConcurrency);
    private readonly Channel<PendingFiling> queue = Channel.CreateUnbounded<PendingFiling>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Task> inFlight = new();
    private readonly ConcurrentDictionary<string, long> queued = new();
    private int pumping;
    private int receiving;

    /// <summary>Marks a filing as being received until disposed.</summary>
    public IDisposable Receiving()
    {
        Interlocked.Increment(ref receiving);
        return new Received(this);
    }

    private bool Busy => Volatile.Read(ref receiving) > 1;

    public static string Payload(PendingFiling filing) => JsonSerializer.Serialize(filing, Json.Options);

    /// <summary>Registers a just-numbered application now if a slot is free, otherwise in turn.</summary>
    public async Task SubmitAsync(PendingFiling filing, string trackingNumber)
    {
        if (Busy || !slots.Wait(0))
        {
            queued[filing.CaseId] = System.Diagnostics.Stopwatch.GetTimestamp();
            queue.Writer.TryWrite(filing with { TrackingNumber = trackingNumber });
            if (Interlocked.Exchange(ref pumping, 1) == 0) _ = Task.Run(PumpAsync);
            return;
        }
        try
        {
            await RegisterAsync(filing with { TrackingNumber = trackingNumber });
        }
        catch (Exception e)
        {
            // The application is on record with its number; the sweep writes its case.
            logger.LogWarning(e, "Case {CaseId} not registered at intake; left to the sweep", filing.CaseId);
        }
        finally
        {
            slots.Release();
        }
    }

    public async Task<bool> RegisterIfPendingAsync(string caseId, CancellationToken cancellationToken)
    {
        if (Registering.Value == caseId) return false;
        if (inFlight.TryGetValue(caseId, out var running))
        {
            await running.WaitAsync(cancellationToken);
            return true;
        }
        if (await pending.FindAsync(caseId, cancellationToken) is not { } found) return false;
        await RegisterAsync(Read(found));
        return true;
    }

    /// <summary>Registers the applications received at least <see cref="LeftOverAfter"/> ago and still without a case; answers how many.</summary>
    public async Task<int> RegisterLeftOversAsync(int max, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - LeftOverAfter;
        var count = 0;
        await foreach (var found in pending.AllAsync(cancellationToken))
        {
            if (found.ReceivedAt > before || inFlight.ContainsKey(found.CaseId) || queued.ContainsKey(found.CaseId)) continue;
            await RegisterAsync(Read(found));
            if (++count >= max) break;
        }
        return count;
    }

    /// <summary>Registers every application still without a case, however recent: before a year's statistics are read.</summary>
    public async Task<int> RegisterAllAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var found in pending.AllAsync(cancellationToken))
        {
            await RegisterAsync(Read(found));
            count++;
        }
        return count;
    }

    private static PendingFiling Read(PendingApplication found) =>
        JsonSerializer.Deserialize<PendingFiling>(found.Payload, Json.Options)! with { TrackingNumber = found.TrackingNumber };

    private async Task PumpAsync()
    {
        while (await queue.Reader.WaitToReadAsync())
        {
            while (queue.Reader.TryRead(out var filing))
            {
                // Registered meanwhile for someone who asked for the case.
                if (!queued.TryGetValue(filing.CaseId, out var since)) continue;
                while (Busy && System.Diagnostics.Stopwatch.GetElapsedTime(since) < settings.RegistrationDelayLimit) await Task.Delay(YieldFor);
                await slots.WaitAsync();
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await RegisterAsync(filing);
                    }
                    catch (Exception e)
                    {
                        logger.LogWarning(e, "Case {CaseId} not registered in turn; left to the sweep", filing.CaseId);
                    }
                    finally
                    {
                        slots.Release();
                    }
                });
            }
        }
    }

    /// <summary>One registration per case at a time on this instance; another instance's racing one loses its commit harmlessly.</summary>
    private async Task RegisterAsync(PendingFiling filing)
    {
        var registration = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!inFlight.TryAdd(filing.CaseId, registration.Task))
        {
            if (!inFlight.TryGetValue(filing.CaseId, out var running)) continue;
            await running;
            return;
        }
        queued.TryRemove(filing.CaseId, out _);
        try
        {
            await WriteCaseAsync(filing);
        }
        finally
        {
            inFlight.TryRemove(filing.CaseId, out _);
            // Those who waited read the case themselves: written, or still pending for the next try.
            registration.SetResult();
        }
    }

    private async Task WriteCaseAsync(PendingFiling filing)
    {
        Registering.Value = filing.CaseId;
        var number = filing.TrackingNumber ?? throw new InvalidOperationException("A pending application without its number.");
        await commands().CreateAsync(Task.FromResult(number), n => filing.Open(n, calendars.Current), CancellationToken.None);
        await pending.RemoveAsync(filing.CaseId, CancellationToken.None);
    }

    private sealed class Received(ApplicationRegistrar registrar) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) Interlocked.Decrement(ref registrar.receiving);
        }
    }
}
