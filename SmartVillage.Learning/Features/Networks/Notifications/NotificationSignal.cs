namespace SmartVillage.Learning.Features.Networks.Notifications;

/// <summary>
/// Tells open circuits of this instance that someone has a new notification, so their bell updates without a reload.
/// Only a nudge: the count is always read from the database (another instance's notifications show on the next page).
/// </summary>
public sealed class NotificationSignal
{
    public event Action<string>? Changed;

    public void Raise(string userId) => Changed?.Invoke(userId);
}
