namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Sender and SendGrid settings: <c>Mail:From</c>, <c>Mail:FromName</c>, <c>SendGrid:ApiKey</c>, <c>SendGrid:Host</c>;
/// <c>Mail:DeliveryLeaseSeconds</c> is how long a dispatcher's claim on an item lasts before another may take it over;
/// <c>Mail:ConfirmApplicantAddresses</c> (default on) holds the letters to an address given online until its owner
/// enters the code mailed there.
/// </summary>
public sealed record MailSettings(string FromAddress, string FromName, string? SendGridApiKey, string? SendGridHost, TimeSpan Timeout)
{
    public TimeSpan DeliveryLease { get; init; } = TimeSpan.FromMinutes(5);

    public bool ConfirmApplicantAddresses { get; init; } = true;

    public static MailSettings FromConfiguration(IConfiguration configuration, AgencyProfile agency) => new(
        NonEmpty(configuration["Mail:From"]) ?? "noreply@example.gov.cn",
        NonEmpty(configuration["Mail:FromName"]) ?? agency.Name,
        NonEmpty(configuration["SendGrid:ApiKey"]),
        NonEmpty(configuration["SendGrid:Host"]),
        TimeSpan.FromSeconds(configuration.GetValue("SendGrid:TimeoutSeconds", 30.0)))
    {
        DeliveryLease = TimeSpan.FromSeconds(Math.Max(5, configuration.GetValue("Mail:DeliveryLeaseSeconds", 300.0))),
        ConfirmApplicantAddresses = configuration.GetValue("Mail:ConfirmApplicantAddresses", true),
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
