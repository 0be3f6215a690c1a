namespace SmartVillage.Domain.Messaging;

/// <summary>
/// One kind of message with its Indonesian template. <see cref="Body"/> holds numbered placeholders {{1}}…{{n}} as the
/// WhatsApp Business template does; the link into the app is always the last parameter, {{n+1}}, appended on its own line.
/// Urgent kinds are sent during quiet hours (21.00–06.00 WIB); the rest wait until morning.
/// </summary>
public sealed record MessageKind(string Code, string Label, string Audience, bool Urgent, string WhatsAppTemplate, string Subject,
    string Body, IReadOnlyList<string> ParameterNames)
{
    /// <summary>The text with the parameters filled in (without the link, which each channel places itself).</summary>
    public string Render(IReadOnlyList<string> parameters)
    {
        if (parameters.Count != ParameterNames.Count)
            throw new DomainException($"Pesan {Code} membutuhkan {ParameterNames.Count} isian, bukan {parameters.Count}.");
        var text = Body;
        for (var i = parameters.Count; i >= 1; i--) text = text.Replace("{{" + i + "}}", parameters[i - 1]);
        return text;
    }

    /// <summary>The template to register at Meta: the body, then the link as the last variable.</summary>
    public string WhatsAppTemplateText => Body + "\n{{" + (ParameterNames.Count + 1) + "}}";
}
