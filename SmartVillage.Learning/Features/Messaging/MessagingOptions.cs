using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>The <c>Messaging</c> section: the dispatcher, the scheduler, and each channel (off unless configured).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Run the dispatcher and scheduler in this instance (every instance may; the database claims keep them apart).</summary>
    public bool Enabled { get; set; } = true;

    public double PollSeconds { get; set; } = 5;
    public int BatchSize { get; set; } = 100;
    public double LeaseSeconds { get; set; } = 300;
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>Waits between tries, in seconds; one try more than there are delays, then dead.</summary>
    public double[] RetryDelaysSeconds { get; set; } = [60, 300, 1800, 7200];

    public double SchedulerSeconds { get; set; } = 60;

    public EmailOptions Email { get; set; } = new();
    public WhatsAppOptions WhatsApp { get; set; } = new();

    public RetrySchedule Retries => new(RetryDelaysSeconds.Select(TimeSpan.FromSeconds).ToList());

    public IReadOnlyCollection<MessageChannel> ConfiguredChannels =>
        new[] { MessageChannel.InApp }
            .Concat(Email.IsConfigured ? [MessageChannel.Email] : [])
            .Concat(WhatsApp.IsConfigured ? [MessageChannel.WhatsApp] : [])
            .ToList();
}

public sealed class EmailOptions
{
    /// <summary>SMTP server; empty switches email off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's SecureSocketOptions: Auto, None, StartTls, StartTlsWhenAvailable, SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "SmartVillage Learning <noreply@smartvillage.test>";
    public double TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

public sealed class WhatsAppOptions
{
    /// <summary>The Graph API root, version included.</summary>
    public string ApiBaseUrl { get; set; } = "https://graph.facebook.com/v23.0";

    /// <summary>The business phone number's id (not the number); empty switches WhatsApp off.</summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>A system user's permanent token with whatsapp_business_messaging.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Language code the templates were approved in.</summary>
    public string TemplateLanguage { get; set; } = "id";

    /// <summary>The Meta app's secret: the webhook's X-Hub-Signature-256 is checked with it; empty refuses every webhook POST.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The token Meta echoes when subscribing the webhook (GET hub.verify_token).</summary>
    public string? VerifyToken { get; set; }

    public double TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PhoneNumberId) && !string.IsNullOrWhiteSpace(AccessToken);
}
