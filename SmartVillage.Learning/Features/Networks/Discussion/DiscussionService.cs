using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Learning.Features.Networks.Notifications;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Features.Networks.Discussion;

/// <summary>
/// Discussion per track: threads and replies in Markdown (rendered by <see cref="MarkdownRenderer"/>: raw HTML off,
/// sanitized), pinned and hidden by trainers or admins. A reply to someone's thread notifies its author. Reviewers read
/// only. A hidden post keeps its place; readers who are not moderators see it as "disembunyikan oleh moderator".
/// </summary>
public sealed class DiscussionService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<ThreadForm> threadValidator,
    IValidator<ReplyForm> replyValidator,
    MarkdownRenderer markdown,
    NotificationService notifications,
    TimeProvider clock)
{
    public const string NotFoundMessage = "Topik diskusi tidak ditemukan.";
    public const string HiddenText = "Disembunyikan oleh moderator.";
    public const int ListSize = 100;

    public async Task<IReadOnlyList<TrackForum>> ForumsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.DiscussionThreads.Where(t => !t.IsHidden).GroupBy(t => t.TrackCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct);
        return tracks.Select(t => new TrackForum(t.Code, t.Title, t.Summary, counts.GetValueOrDefault(t.Code))).ToList();
    }

    public async Task<IReadOnlyList<ThreadSummary>> ThreadsAsync(string trackCode, Actor me, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.DiscussionThreads.AsNoTracking().Where(t => t.TrackCode == trackCode)
            .OrderByDescending(t => t.IsPinned).ThenByDescending(t => t.LastActivityAt).Take(ListSize)
            .Select(t => new { t.Id, t.Title, t.AuthorId, t.ReplyCount, t.LastActivityAt, t.IsPinned, t.IsHidden }).ToListAsync(ct);
        var authors = await NetworkQueries.AuthorLabelsAsync(db, rows.Select(r => r.AuthorId), ct);
        return rows.Select(r => new ThreadSummary(r.Id, r.IsHidden && !me.IsModerator ? null : r.Title, authors.GetValueOrDefault(r.AuthorId, ""),
            r.ReplyCount, r.LastActivityAt, r.IsPinned, r.IsHidden)).ToList();
    }

    public async Task<ThreadDetail?> ThreadAsync(int threadId, Actor me, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var thread = await db.DiscussionThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId, ct);
        if (thread is null) return null;
        var replies = await db.DiscussionReplies.AsNoTracking().Where(r => r.ThreadId == threadId).OrderBy(r => r.Id).ToListAsync(ct);
        var authors = await NetworkQueries.AuthorLabelsAsync(db, replies.Select(r => r.AuthorId).Append(thread.AuthorId), ct);
        var track = await db.Tracks.Where(t => t.Code == thread.TrackCode).Select(t => t.Title).SingleAsync(ct);
        PostView View(int id, string author, string body, DateTimeOffset at, bool hidden) =>
            new(id, authors.GetValueOrDefault(author, ""), hidden && !me.IsModerator ? null : markdown.ToHtml(body), at, hidden);
        return new ThreadDetail(thread.Id, thread.TrackCode, track, thread.IsHidden && !me.IsModerator ? null : thread.Title,
            View(thread.Id, thread.AuthorId, thread.Body, thread.CreatedAt, thread.IsHidden),
            // A hidden thread hides its replies too: they quote and answer what was hidden.
            replies.Select(r => View(r.Id, r.AuthorId, r.Body, r.CreatedAt, r.IsHidden || thread.IsHidden)).ToList(),
            thread.IsPinned, thread.IsHidden, thread.AuthorId == me.UserId, NetworkAccess.CanDiscuss(me) && !thread.IsHidden, me.IsModerator);
    }

    public async Task<int> StartThreadAsync(ThreadForm form, Actor me, CancellationToken ct = default)
    {
        NetworkAccess.DemandDiscuss(me);
        await threadValidator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Tracks.AnyAsync(t => t.Code == form.TrackCode, ct)) throw new DomainException("Jalur tidak dikenal.");
        return await ClientTokens.OnceAsync(
            () => db.DiscussionThreads.Where(t => t.ClientToken == form.ClientToken).Select(t => new TokenOwner(t.Id, t.AuthorId)),
            async () =>
            {
                var thread = new DiscussionThread(form.TrackCode, form.Title, form.Body, me.UserId, form.ClientToken, clock.GetUtcNow());
                await using var write = await dbFactory.CreateDbContextAsync(ct);
                write.DiscussionThreads.Add(thread);
                await write.SaveChangesAsync(ct);
                return thread.Id;
            }, me.UserId, ct);
    }

    /// <summary>Replies to a thread; its author (when someone else) gets a notification in the same save.</summary>
    public async Task<int> ReplyAsync(int threadId, ReplyForm form, Actor me, CancellationToken ct = default)
    {
        NetworkAccess.DemandDiscuss(me);
        await replyValidator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ClientTokens.OnceAsync(
            () => db.DiscussionReplies.Where(r => r.ClientToken == form.ClientToken).Select(r => new TokenOwner(r.Id, r.AuthorId)),
            async () =>
            {
                await using var write = await dbFactory.CreateDbContextAsync(ct);
                var thread = await write.DiscussionThreads.SingleOrDefaultAsync(t => t.Id == threadId, ct) ?? throw new DomainException(NotFoundMessage);
                var now = clock.GetUtcNow();
                thread.Replied(now);
                var reply = new DiscussionReply(thread.Id, form.Body, me.UserId, form.ClientToken, now);
                write.DiscussionReplies.Add(reply);
                var notify = thread.AuthorId != me.UserId;
                if (notify)
                {
                    var author = (await NetworkQueries.AuthorLabelsAsync(write, [me.UserId], ct)).GetValueOrDefault(me.UserId, "Seseorang");
                    notifications.Stage(write, new NotificationMessage(thread.AuthorId, "discussion.reply",
                        $"{author} membalas topik Anda \"{thread.Title}\".", $"/discussion/threads/{thread.Id}"));
                }
                await write.SaveChangesAsync(ct);
                if (notify) notifications.Announce(thread.AuthorId);
                return reply.Id;
            }, me.UserId, ct);
    }

    public Task PinAsync(int threadId, bool pinned, Actor me, CancellationToken ct = default) =>
        ChangeThreadAsync(threadId, me, t => t.Pin(pinned), ct);

    public Task HideThreadAsync(int threadId, bool hidden, Actor me, CancellationToken ct = default) =>
        ChangeThreadAsync(threadId, me, t => { if (hidden) t.Hide(me.UserId); else t.Unhide(); }, ct);

    public async Task HideReplyAsync(int replyId, bool hidden, Actor me, CancellationToken ct = default)
    {
        NetworkAccess.DemandModerate(me);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reply = await db.DiscussionReplies.SingleOrDefaultAsync(r => r.Id == replyId, ct) ?? throw new DomainException("Balasan tidak ditemukan.");
        if (hidden) reply.Hide(me.UserId); else reply.Unhide();
        await db.SaveChangesAsync(ct);
    }

    private async Task ChangeThreadAsync(int threadId, Actor me, Action<DiscussionThread> change, CancellationToken ct)
    {
        NetworkAccess.DemandModerate(me);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var thread = await db.DiscussionThreads.SingleOrDefaultAsync(t => t.Id == threadId, ct) ?? throw new DomainException(NotFoundMessage);
        change(thread);
        await db.SaveChangesAsync(ct);
    }
}
