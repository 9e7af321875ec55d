namespace DisclosureRequests.Core.Intake;

/// <summary>
/// <c>Intake:RegistrationConcurrency</c> (default 8): how many received applications' cases an instance writes at once;
/// <c>Intake:RegistrationDelayLimitSeconds</c> (default 60): how long a case waits for a burst of filings to ease
/// before it is written regardless.
/// </summary>
public sealed record IntakeSettings(int RegistrationConcurrency, TimeSpan RegistrationDelayLimit)
{
    public static IntakeSettings FromConfiguration(IConfiguration configuration) => new(
        Math.Clamp(configuration.GetValue("Intake:RegistrationConcurrency", 8), 1, 64),
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Intake:RegistrationDelayLimitSeconds", 60.0), 0, 3600)));
}
