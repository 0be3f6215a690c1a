using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Collaboration;

/// <summary>The list's filters; null means any.</summary>
public sealed record CollaborationFilter(
    CollaborationKind? Kind = null, CollaborationStatus? Status = null, string? RegencyCode = null, string? TrackCode = null, string? Text = null);

public sealed record CollaborationSummary(int Id, CollaborationKind Kind, string Title, string? TrackCode, string? Area, string Village,
    string RegencyName, CollaborationStatus Status, int Responses, DateTimeOffset PostedAt);

public sealed record CollaborationDetail(int Id, CollaborationKind Kind, string Title, string Description, string? TrackCode, string? Area,
    string Village, string RegencyName, string PostedBy, DateTimeOffset PostedAt, CollaborationStatus Status, int? MetByResponseId,
    string? HiddenReason, IReadOnlyList<ResponseView> Responses, bool IsPoster, bool CanRespond, string? RespondRefusal, bool CanModerate);

public sealed record ResponseView(int Id, string Author, string Body, DateTimeOffset CreatedAt);
