namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <param name="Clients">Concurrent clients of each kind's share: filing, acting on cases and reading.</param>
/// <param name="MeasureFor">How long the raw transaction rate and the filing rate are each measured, without kills.</param>
/// <param name="LoadFor">How long the mixed load runs while the app is killed and restarted.</param>
/// <param name="Kills">How many times the app is killed with SIGKILL during the load.</param>
/// <param name="SettleWithin">How long delivery may make no progress after the load before what is undelivered counts as lost.</param>
public sealed record LoadAndCrashOptions(int Clients, TimeSpan MeasureFor, TimeSpan LoadFor, int Kills, TimeSpan SettleWithin)
{
    public static LoadAndCrashOptions Short { get; } = new(FilingTarget.Clients, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20), 3, TimeSpan.FromMinutes(5));

    public static LoadAndCrashOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var defaults = new LoadAndCrashOptions(FilingTarget.Clients, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(120), 8, TimeSpan.FromMinutes(5));
        return defaults with
        {
            Clients = Value("--clients") is { } c ? int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : defaults.Clients,
            MeasureFor = Value("--measure-seconds") is { } m ? TimeSpan.FromSeconds(int.Parse(m, System.Globalization.CultureInfo.InvariantCulture)) : defaults.MeasureFor,
            LoadFor = Value("--load-seconds") is { } l ? TimeSpan.FromSeconds(int.Parse(l, System.Globalization.CultureInfo.InvariantCulture)) : defaults.LoadFor,
            Kills = Value("--kills") is { } k ? int.Parse(k, System.Globalization.CultureInfo.InvariantCulture) : defaults.Kills,
        };
    }
}
