namespace DisclosureRequests.Core.Notifications;

/// <summary>Where mail goes: SendGrid in production, the <c>mail</c> container when no API key is configured.</summary>
public interface IMailTransport
{
    Task<SendOutcome> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
