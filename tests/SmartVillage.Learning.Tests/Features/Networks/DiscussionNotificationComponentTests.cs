using System.Security.Claims;
using Bunit;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Networks.Discussion;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Learning.Features.Networks.Notifications;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Networks;

/// <summary>
/// The thread page and the bell against a real database: an official replies on the page, and the thread's owner
/// then sees the unread count on the bell and the notification in her list.
/// </summary>
public class DiscussionNotificationComponentTests(NetworkWorld world) : MudTestContext, IClassFixture<NetworkWorld>, IAsyncLifetime
{
    private AsyncServiceScope scope;

    async Task IAsyncLifetime.InitializeAsync()
    {
        scope = world.Database.Services.CreateAsyncScope();
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DiscussionService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<NotificationService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<NotificationSignal>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<IValidator<ReplyForm>>());
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        await Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await scope.DisposeAsync();
        await DisposeAsync();
    }

    private void SignInAs(Actor member, string name, string role)
    {
        SignIn(name, role);
        Authorization.SetClaims(new Claim(FullNameClaim.Type, name), new Claim(ClaimTypes.NameIdentifier, member.UserId));
    }

    [Fact]
    public async Task ReplyOnThePage_ThreadOwnerSeesBellCountAndNotification()
    {
        var discussion = scope.ServiceProvider.GetRequiredService<DiscussionService>();
        var thread = await discussion.StartThreadAsync(new ThreadForm { TrackCode = "TD", Title = "Website pekon pakai apa?", Body = "Mohon saran." }, world.Siti);

        SignInAs(world.BandarDewa, "Kepala Tiyuh Bandar Dewa", Roles.Official);
        var page = Render<ThreadPage>(p => p.Add(x => x.Id, thread));
        page.WaitForAssertion(() => Assert.Equal("Website pekon pakai apa?", page.Find("[data-testid=thread-heading]").TextContent.Trim()));
        page.Find("textarea[data-testid=reply-input], [data-testid=reply-input] textarea").Change("Pakai **OpenSID**, gratis.");
        page.Find("[data-testid=send-reply]").Click();
        page.WaitForAssertion(() => Assert.Contains("<strong>OpenSID</strong>", page.FindAll("[data-testid=post-body]").Last().InnerHtml));

        SignInAs(world.Siti, "Siti Rahmawati", Roles.Official);
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("[data-testid=notification-count]").TextContent));
        var list = Render<NotificationsPage>();
        list.WaitForAssertion(() =>
        {
            var note = list.FindAll("[data-testid=notification]").First();
            Assert.Contains("membalas topik Anda \"Website pekon pakai apa?\"", note.TextContent);
            Assert.Equal("false", note.GetAttribute("data-read"));
        });
    }

    [Fact]
    public async Task ThreadPage_Official_SeesNoModerationButtons_HiddenReplyShowsPlaceholder()
    {
        var discussion = scope.ServiceProvider.GetRequiredService<DiscussionService>();
        var thread = await discussion.StartThreadAsync(new ThreadForm { TrackCode = "KE", Title = "Grup WhatsApp warga", Body = "Aturan grup?" }, world.Siti);
        var reply = await discussion.ReplyAsync(thread, new ReplyForm { Body = "Iklan pinjaman online" }, world.BandarDewa);
        await discussion.HideReplyAsync(reply, true, world.Hendra);

        SignInAs(world.PanaraganColleague, "Aparatur Panaragan", Roles.Official);
        var page = Render<ThreadPage>(p => p.Add(x => x.Id, thread));

        page.WaitForAssertion(() => Assert.Equal("Disembunyikan oleh moderator.", page.Find("[data-testid=post-hidden]").TextContent.Trim()));
        Assert.DoesNotContain("pinjaman", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=hide-reply]"));
        Assert.Empty(page.FindAll("[data-testid=pin-thread]"));
    }

    [Fact]
    public async Task ThreadPage_HiddenThread_OfficialSeesNeitherItsTextNorItsReplies()
    {
        var discussion = scope.ServiceProvider.GetRequiredService<DiscussionService>();
        var thread = await discussion.StartThreadAsync(new ThreadForm { TrackCode = "KE", Title = "Jual beli akun", Body = "Hubungi saya segera" }, world.Siti);
        await discussion.ReplyAsync(thread, new ReplyForm { Body = "Transfer ke rekening 1234 ya" }, world.BandarDewa);
        await discussion.HideThreadAsync(thread, true, world.Hendra);

        SignInAs(world.PanaraganColleague, "Aparatur Panaragan", Roles.Official);
        var page = Render<ThreadPage>(p => p.Add(x => x.Id, thread));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=post-hidden]").Count));
        Assert.DoesNotContain("Hubungi saya", page.Markup);
        Assert.DoesNotContain("rekening", page.Markup);
    }
}
