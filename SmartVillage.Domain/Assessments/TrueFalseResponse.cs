namespace SmartVillage.Domain.Assessments;

public sealed record TrueFalseResponse(bool Value) : Response;
