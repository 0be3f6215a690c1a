using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>
/// WhatsApp Business Cloud API: POST {ApiBaseUrl}/{PhoneNumberId}/messages with an approved template and its body
/// parameters (business-initiated messages must be templates). The Cloud API takes no idempotency key; the outbox id goes
/// in <c>biz_opaque_callback_data</c>, which Meta echoes in the status webhook, so a "maybe sent" message whose status
/// arrived is recorded as sent instead of sent again (<see cref="WhatsAppWebhook"/>). 429 and 5xx are tried again
/// (Retry-After honoured); other 4xx (a number not on WhatsApp, a bad template) are permanent.
/// </summary>
public sealed class WhatsAppChannel(HttpClient http, IOptions<MessagingOptions> options) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.WhatsApp;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The request body exactly as the Cloud API documents it.</summary>
    public static JsonObject Body(OutgoingMessage message, string language) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = message.Address,
        ["type"] = "template",
        ["biz_opaque_callback_data"] = message.IdempotencyKey,
        ["template"] = new JsonObject
        {
            ["name"] = message.Kind.WhatsAppTemplate,
            ["language"] = new JsonObject { ["code"] = language },
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = "body",
                ["parameters"] = new JsonArray(message.Parameters.Append(message.AbsoluteLink)
                    .Select(p => (JsonNode)new JsonObject { ["type"] = "text", ["text"] = p }).ToArray()),
            }),
        },
    };

    public async Task<string?> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var settings = options.Value.WhatsApp;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.ApiBaseUrl.TrimEnd('/')}/{settings.PhoneNumberId}/messages")
        {
            // Plain UTF-8 ("+62…", "—") as the API documents it: the default encoder's HTML-safe \u002B escapes are for pages, not for an API body.
            Content = JsonContent.Create(Body(message, settings.TemplateLanguage), options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new ChannelFailure($"WhatsApp: tidak ada jawaban ({e.GetType().Name}: {e.Message})", permanent: false, inner: e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                var id = TryParse(text)?["messages"]?[0]?["id"]?.GetValue<string>();
                return id ?? throw new ChannelFailure($"WhatsApp: jawaban tanpa id pesan: {Short(text)}", permanent: false);
            }
            var code = (int)response.StatusCode;
            var error = TryParse(text)?["error"];
            var reason = $"WhatsApp {code}: {error?["message"]?.GetValue<string>() ?? Short(text)}";
            var transient = response.StatusCode == HttpStatusCode.TooManyRequests || code >= 500;
            throw new ChannelFailure(reason, permanent: !transient, RetryAfterOf(response));
        }
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static JsonNode? TryParse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    private static string Short(string text) => text.Length > 200 ? text[..200] : text;
}
