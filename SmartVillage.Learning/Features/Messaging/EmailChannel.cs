using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>
/// Email over SMTP with MailKit: plain text, the link on its own line. The Message-ID is the outbox row's
/// (<c>sv-ID@host</c>), so a message sent again after a crash carries the same id and mail systems that de-duplicate see one.
/// SMTP 5xx (a refused address) is permanent; 4xx, timeouts and connection failures are worth another try.
/// </summary>
public sealed class EmailChannel(IOptions<MessagingOptions> options) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Email;

    public async Task<string?> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var settings = options.Value.Email;
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(settings.From));
        mail.To.Add(new MailboxAddress(message.RecipientName, message.Address));
        mail.Subject = message.Subject;
        mail.MessageId = $"{message.IdempotencyKey}@{settings.Host}";
        mail.Body = new TextPart("plain") { Text = $"{message.Text}\n\n{message.AbsoluteLink}\n\n— SmartVillage Learning, Provinsi Lampung\nAtur pemberitahuan: {BaseOf(message.AbsoluteLink)}/my/messages\n" };

        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            await client.SendAsync(mail, ct);
            await client.DisconnectAsync(true, ct);
            return mail.MessageId;
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            throw new ChannelFailure($"SMTP {code}: {e.Message.Trim()}", permanent: code >= 500, inner: e);
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException
                                      or TimeoutException or AuthenticationException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new ChannelFailure($"SMTP: {e.Message.Trim()}", permanent: false, inner: e);
        }
    }

    private static string BaseOf(string link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
}
