namespace SmartVillage.Learning.Features.Networks.Notifications;

/// <summary>
/// Tells open circuits of this instance that someone has a new notification, so their bell updates without a reload.
/// Only a nudge: the count is always read from the database. Another instance's notifications arrive through
/// <see cref="NotificationPoller"/>.
/// </summary>
public sealed class NotificationSignal
{
    public event Action<string>? Changed;

    /// <summary>Whether any bell is open on this instance (the poller reads nothing otherwise).</summary>
    public bool HasListeners => Changed is not null;

    public void Raise(string userId) => Changed?.Invoke(userId);
}
