using SmartVillage.Domain;
using SmartVillage.Learning.Features.Networks.Notifications;

namespace SmartVillage.Learning.Tests.Features.Networks;

public class NotificationServiceTests(NetworkWorld world) : IClassFixture<NetworkWorld>
{
    [Fact]
    public async Task MarkRead_SomeoneElsesNotification_NotFound_OwnMarked_BellSignalled()
    {
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Maria.UserId, "test", "Ada tanggapan baru.", "/collaboration/1"));
        var note = (await world.Notifications.ListAsync(world.Maria.UserId)).First();
        var signalled = new List<string>();
        world.Signal.Changed += signalled.Add;

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Notifications.MarkReadAsync(note.Id, world.Hendra.UserId));
        Assert.Equal(1, await world.Notifications.UnreadCountAsync(world.Maria.UserId));
        var link = await world.Notifications.MarkReadAsync(note.Id, world.Maria.UserId);

        Assert.Equal(NotificationService.NotFoundMessage, refused.Message);
        Assert.Equal("/collaboration/1", link);
        Assert.Equal(0, await world.Notifications.UnreadCountAsync(world.Maria.UserId));
        Assert.Contains(world.Maria.UserId, signalled);
    }

    [Fact]
    public async Task MarkAllRead_OnlyMine_AndLinksStayInsideTheApp()
    {
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Admin.UserId, "test", "Satu", "//evil.example/x"));
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Admin.UserId, "test", "Dua", "/discussion"));
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Ahmad.UserId, "test", "Punya Ahmad", "/"));

        Assert.Equal(2, await world.Notifications.MarkAllReadAsync(world.Admin.UserId));

        Assert.Equal(0, await world.Notifications.UnreadCountAsync(world.Admin.UserId));
        Assert.Equal(1, await world.Notifications.UnreadCountAsync(world.Ahmad.UserId));
        Assert.Equal("/", (await world.Notifications.ListAsync(world.Admin.UserId)).Single(n => n.Text == "Satu").Link);
    }
}
