using System.Net;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Sends through the SendGrid v3 API. The outbox item id travels as <c>custom_args.outboxItemId</c>, so a message
/// resent after a lost answer can be matched to the first in SendGrid's activity and event webhooks.
/// </summary>
public sealed class SendGridTransport(HttpClient http, MailSettings settings, TimeProvider time) : IMailTransport
{
    public const string HttpClientName = "SendGrid";

    public async Task<SendOutcome> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var options = new SendGridClientOptions { ApiKey = settings.SendGridApiKey };
        if (settings.SendGridHost is { } host) options.Host = host;
        var client = new SendGridClient(http, options);
        var message = new SendGridMessage
        {
            From = new EmailAddress(settings.FromAddress, settings.FromName),
            Subject = mail.Subject,
            PlainTextContent = mail.Text,
            HtmlContent = mail.Html,
        };
        message.AddTos(mail.To.Select(address => new EmailAddress(address)).ToList());
        message.AddCustomArgs(new Dictionary<string, string> { ["outboxItemId"] = mail.ItemId, ["caseId"] = mail.CaseId, ["kind"] = mail.Kind });

        Response response;
        try
        {
            response = await client.SendEmailAsync(message, cancellationToken);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome.Transient($"SendGrid did not answer within {settings.Timeout.TotalSeconds:0} s", null);
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome.Transient($"SendGrid unreachable: {e.HttpRequestError}", null);
        }

        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
            return new SendOutcome.Sent(response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null);
        if (status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
            return new SendOutcome.Transient($"SendGrid answered {status}", RetryAfter(response));
        return new SendOutcome.Permanent($"SendGrid refused the message with {status}");
    }

    private TimeSpan? RetryAfter(Response response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }
}
