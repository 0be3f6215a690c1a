using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>What a webhook call changed.</summary>
public sealed record WebhookOutcome(int Stopped, int Confirmed);

/// <summary>
/// The Cloud API's webhook: a reply "STOP" or "BERHENTI" stops WhatsApp messages to that number; a status (sent,
/// delivered, read) carrying our callback data records a "maybe sent" message as sent, so it is not sent again. Every POST
/// must carry X-Hub-Signature-256, the HMAC-SHA256 of the raw body with the app secret; anything else is refused.
/// </summary>
public sealed class WhatsAppWebhook(IDbContextFactory<LearningDbContext> dbFactory, IOptions<MessagingOptions> options, TimeProvider clock)
{
    public const string SignatureHeader = "X-Hub-Signature-256";

    public bool IsSigned(byte[] body, string? signature)
    {
        var secret = options.Value.WhatsApp.AppSecret;
        if (string.IsNullOrEmpty(secret) || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal)) return false;
        byte[] given;
        try { given = Convert.FromHexString(signature["sha256=".Length..]); }
        catch (FormatException) { return false; }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

    /// <summary>GET hub.challenge back when hub.verify_token is ours (Meta's subscription check), else null.</summary>
    public string? Challenge(string? mode, string? token, string? challenge)
    {
        var ours = options.Value.WhatsApp.VerifyToken;
        return mode == "subscribe" && !string.IsNullOrEmpty(ours) && token is not null
               && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(ours), Encoding.UTF8.GetBytes(token))
            ? challenge
            : null;
    }

    public async Task<WebhookOutcome> HandleAsync(byte[] body, CancellationToken ct = default)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(body); }
        catch (JsonException) { return new WebhookOutcome(0, 0); }
        var values = (root?["entry"] as JsonArray ?? []).SelectMany(e => e?["changes"] as JsonArray ?? []).Select(c => c?["value"]).Where(v => v is not null).ToList();
        var now = clock.GetUtcNow();
        int stopped = 0, confirmed = 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var value in values)
        {
            foreach (var message in value!["messages"] as JsonArray ?? [])
            {
                var from = message?["from"]?.GetValue<string>();
                var text = message?["type"]?.GetValue<string>() == "text" ? message["text"]?["body"]?.GetValue<string>() : null;
                if (from is null || !WhatsAppOptOut.IsStopWord(text)) continue;
                // wa_id is the number in international form without "+": stored numbers are E.164.
                await MessagePreferencesService.OptOutAsync(db, from.StartsWith('+') ? from : "+" + from, "balasan", now, ct);
                stopped++;
            }
            foreach (var status in value["statuses"] as JsonArray ?? [])
            {
                var state = status?["status"]?.GetValue<string>();
                var callback = status?["biz_opaque_callback_data"]?.GetValue<string>();
                if (state is not ("sent" or "delivered" or "read") || callback is null || !callback.StartsWith("sv-", StringComparison.Ordinal)
                    || !long.TryParse(callback[3..], out var id)) continue;
                var row = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.Channel == MessageChannel.WhatsApp, ct);
                if (row is null || row.Status != MessageStatus.Pending) continue;
                row.MarkSent(now, status!["id"]?.GetValue<string>());
                await db.SaveChangesAsync(ct);
                confirmed++;
            }
        }
        return new WebhookOutcome(stopped, confirmed);
    }
}

public static class WhatsAppWebhookEndpoints
{
    public const string Path = "/webhooks/whatsapp";

    public static void MapWhatsAppWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpRequest request, WhatsAppWebhook webhook) =>
            webhook.Challenge(request.Query["hub.mode"], request.Query["hub.verify_token"], request.Query["hub.challenge"]) is { } challenge
                ? Results.Text(challenge)
                : Results.StatusCode(StatusCodes.Status403Forbidden)).AllowAnonymous();
        endpoints.MapPost(Path, async (HttpRequest request, WhatsAppWebhook webhook, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            var body = buffer.ToArray();
            if (!webhook.IsSigned(body, request.Headers[WhatsAppWebhook.SignatureHeader])) return Results.StatusCode(StatusCodes.Status403Forbidden);
            await webhook.HandleAsync(body, ct);
            return Results.Ok();
        }).AllowAnonymous().DisableAntiforgery();
    }
}
