namespace SmartVillage.Domain.Assessments;

/// <summary>Typed text: the answer to a short-answer question or an essay.</summary>
public sealed record TextResponse(string Text) : Response;
