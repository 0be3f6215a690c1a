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
    public string Render(IReadOnlyList<string> parameters) => Fill(Body, parameters);

    public string RenderSubject(IReadOnlyList<string> parameters) => Fill(Subject, parameters);

    /// <summary>Sample parameters (their names in angle brackets), for the admin's preview of every template.</summary>
    public IReadOnlyList<string> SampleParameters => ParameterNames.Select(n => $"<{n}>").ToList();

    private string Fill(string template, IReadOnlyList<string> parameters)
    {
        if (parameters.Count != ParameterNames.Count)
            throw new DomainException($"Pesan {Code} membutuhkan {ParameterNames.Count} isian, bukan {parameters.Count}.");
        // From the highest number down, so {{1}} never eats the start of {{10}}.
        for (var i = parameters.Count; i >= 1; i--) template = template.Replace("{{" + i + "}}", parameters[i - 1]);
        return template;
    }

    /// <summary>The template to register at Meta: the body, then the link as the last variable.</summary>
    public string WhatsAppTemplateText => Body + "\n{{" + (ParameterNames.Count + 1) + "}}";
}
