namespace DisclosureRequests.Functions.Notifications;

/// <summary>Sender and SendGrid settings: <c>Mail:From</c>, <c>Mail:FromName</c>, <c>SendGrid:ApiKey</c>, <c>SendGrid:Host</c>.</summary>
public sealed record MailSettings(string FromAddress, string FromName, string? SendGridApiKey, string? SendGridHost, TimeSpan Timeout)
{
    public static MailSettings FromConfiguration(IConfiguration configuration, AgencyProfile agency) => new(
        NonEmpty(configuration["Mail:From"]) ?? "noreply@example.gov.cn",
        NonEmpty(configuration["Mail:FromName"]) ?? agency.Name,
        NonEmpty(configuration["SendGrid:ApiKey"]),
        NonEmpty(configuration["SendGrid:Host"]),
        TimeSpan.FromSeconds(configuration.GetValue("SendGrid:TimeoutSeconds", 30.0)));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
