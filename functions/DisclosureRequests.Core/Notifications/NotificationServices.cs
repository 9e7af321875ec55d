using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Hosting;

namespace DisclosureRequests.Core.Notifications;

public static class NotificationServices
{
    /// <summary>Letters, outbox delivery (SendGrid when <c>SendGrid:ApiKey</c> is set, else the <c>mail</c> container) and documents.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection s, IConfiguration c)
    {
        var agency = AgencyProfile.FromConfiguration(c);
        var mail = MailSettings.FromConfiguration(c, agency);
        s.AddSingleton(agency);
        s.AddSingleton(mail);
        s.AddSingleton<LetterComposer>();
        s.AddSingleton<LetterArchive>();
        s.AddSingleton<Correspondence>();
        s.AddSingleton<DeliveryIndex>();
        s.AddSingleton<OutboxDelivery>();
        s.AddSingleton<IFunctionHandler, OutboxDispatchFunction>();
        if (mail.SendGridApiKey is null)
        {
            s.AddSingleton<IMailTransport, StoredMailTransport>();
        }
        else
        {
            s.AddHttpClient(SendGridTransport.HttpClientName, http => http.Timeout = mail.Timeout);
            s.AddSingleton<IMailTransport>(p => new SendGridTransport(
                p.GetRequiredService<IHttpClientFactory>().CreateClient(SendGridTransport.HttpClientName), mail, p.GetRequiredService<TimeProvider>()));
        }
        s.AddCaseDocuments(c);
        return s;
    }
}
