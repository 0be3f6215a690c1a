using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Networks.Discussion;
using SmartVillage.Learning.Features.Networks;

namespace SmartVillage.Learning.Tests.Features.Networks;

public class DiscussionServiceTests(NetworkWorld world) : IClassFixture<NetworkWorld>
{
    private Task<int> ThreadAsync(Actor author, string body = "Bagaimana cara **memulai** Musdes?") =>
        world.Discussion.StartThreadAsync(new ThreadForm { TrackCode = "MP", Title = "Topik " + Guid.NewGuid().ToString("N")[..6], Body = body }, author);

    [Fact]
    public async Task Reply_BySomeoneElse_NotifiesTheThreadOwner_OwnReplyDoesNot()
    {
        var thread = await ThreadAsync(world.Siti);
        var before = await world.Notifications.UnreadCountAsync(world.Siti.UserId);

        await world.Discussion.ReplyAsync(thread, new ReplyForm { Body = "Mulai dari data usulan dusun." }, world.BandarDewa);
        await world.Discussion.ReplyAsync(thread, new ReplyForm { Body = "Terima kasih!" }, world.Siti);

        Assert.Equal(before + 1, await world.Notifications.UnreadCountAsync(world.Siti.UserId));
        var note = (await world.Notifications.ListAsync(world.Siti.UserId)).First();
        Assert.Contains("membalas topik Anda", note.Text);
        Assert.Contains("Bandar Dewa", note.Text);
        Assert.Equal($"/discussion/threads/{thread}", note.Link);
        Assert.Equal(2, (await world.Discussion.ThreadAsync(thread, world.Ahmad))!.Replies.Count);
    }

    [Fact]
    public async Task Post_MarkdownRendered_RawHtmlAndScriptsDropped()
    {
        var thread = await ThreadAsync(world.Siti, "<script>alert('x')</script>\n\n**Penting**: lihat [panduan](javascript:alert(1)) <img src=x onerror=alert(1)>");

        var html = (await world.Discussion.ThreadAsync(thread, world.BandarDewa))!.Opening.Html!;

        Assert.Contains("<strong>Penting</strong>", html);
        Assert.DoesNotContain("<script", html);
        // Raw HTML is shown as the text it is, never as an element.
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task PinAndHide_ByOfficialOrMentor_Refused_ByTrainer_OthersSeeHiddenPlaceholder()
    {
        var thread = await ThreadAsync(world.Siti);
        var reply = await world.Discussion.ReplyAsync(thread, new ReplyForm { Body = "Jual pupuk murah, hubungi saya." }, world.BandarDewa);

        foreach (var wrong in new[] { world.Siti, world.Maria, world.Ahmad })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => world.Discussion.HideReplyAsync(reply, true, wrong));
            Assert.Equal(NetworkAccess.ModerateRefused, refused.Message);
            await Assert.ThrowsAsync<DomainException>(() => world.Discussion.PinAsync(thread, true, wrong));
        }
        await world.Discussion.HideReplyAsync(reply, true, world.Hendra);
        await world.Discussion.PinAsync(thread, true, world.Admin);

        var asOfficial = (await world.Discussion.ThreadAsync(thread, world.Siti))!;
        var asTrainer = (await world.Discussion.ThreadAsync(thread, world.Hendra))!;
        Assert.True(asOfficial.IsPinned);
        Assert.Null(asOfficial.Replies.Single().Html);
        Assert.True(asOfficial.Replies.Single().IsHidden);
        Assert.Contains("pupuk", asTrainer.Replies.Single().Html);
        // Pinned threads come first in the track's list.
        var list = await world.Discussion.ThreadsAsync("MP", world.Siti);
        Assert.Contains(list.TakeWhile(t => t.IsPinned), t => t.Id == thread);
    }

    [Fact]
    public async Task HiddenThread_TitleAndBodyHiddenFromOfficials_RepliesRefused()
    {
        var thread = await ThreadAsync(world.Siti);
        await world.Discussion.HideThreadAsync(thread, true, world.Hendra);

        var asOfficial = (await world.Discussion.ThreadAsync(thread, world.BandarDewa))!;
        var listed = (await world.Discussion.ThreadsAsync("MP", world.BandarDewa)).Single(t => t.Id == thread);
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Discussion.ReplyAsync(thread, new ReplyForm { Body = "Halo" }, world.BandarDewa));

        Assert.Null(asOfficial.Title);
        Assert.Null(asOfficial.Opening.Html);
        Assert.False(asOfficial.CanReply);
        Assert.Null(listed.Title);
        Assert.Contains("disembunyikan", refused.Message);
    }

    [Fact]
    public async Task Reviewer_StartsOrReplies_Refused()
    {
        var thread = await ThreadAsync(world.Siti);

        var start = await Assert.ThrowsAsync<DomainException>(() => ThreadAsync(world.Ahmad));
        var reply = await Assert.ThrowsAsync<DomainException>(() => world.Discussion.ReplyAsync(thread, new ReplyForm { Body = "Catatan" }, world.Ahmad));

        Assert.Equal(NetworkAccess.DiscussRefused, start.Message);
        Assert.Equal(NetworkAccess.DiscussRefused, reply.Message);
        Assert.False((await world.Discussion.ThreadAsync(thread, world.Ahmad))!.CanReply);
    }

    [Fact]
    public async Task Reply_DoubleClick_OneReply_EmptyReply_RefusedInIndonesian()
    {
        var thread = await ThreadAsync(world.Siti);
        var form = new ReplyForm { Body = "Setuju." };

        await Task.WhenAll(world.Discussion.ReplyAsync(thread, form, world.BandarDewa), world.Discussion.ReplyAsync(thread, form, world.BandarDewa));
        await world.Discussion.ReplyAsync(thread, form, world.BandarDewa);
        var empty = await Assert.ThrowsAsync<DomainException>(() => world.Discussion.ReplyAsync(thread, new ReplyForm { Body = "" }, world.BandarDewa));

        Assert.Single((await world.Discussion.ThreadAsync(thread, world.Siti))!.Replies);
        Assert.Equal(1, await world.Database.QueryAsync(db => db.DiscussionThreads.Where(t => t.Id == thread).Select(t => t.ReplyCount).SingleAsync()));
        Assert.Equal("Tulis balasan Anda.", empty.Message);
    }
}
