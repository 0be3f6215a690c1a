namespace SmartVillage.Domain.Assessments;

/// <summary>
/// What an official answered to one question. One record per shape of answer, so an attempt can store
/// each answer the moment it is given and grading never has to guess what a string meant.
/// </summary>
public abstract record Response;
