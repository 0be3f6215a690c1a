namespace SmartVillage.Learning.Features.Networks.Notifications;

public sealed record NotificationView(long Id, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>What a feature wants to tell one person, and where the bell's link goes.</summary>
public sealed record NotificationMessage(string UserId, string Kind, string Text, string Link);
