namespace SmartVillage.Learning.Features.Networks.Discussion;

public sealed record TrackForum(string Code, string Title, string Summary, int Threads);

/// <summary>A thread in a track's list. For someone who is not a moderator, a hidden thread's title is not given.</summary>
public sealed record ThreadSummary(int Id, string? Title, string Author, int Replies, DateTimeOffset LastActivityAt, bool IsPinned, bool IsHidden);

/// <summary>A post (the thread's opening or a reply). <see cref="Html"/> is null when it is hidden from the reader.</summary>
public sealed record PostView(int Id, string Author, string? Html, DateTimeOffset CreatedAt, bool IsHidden);

public sealed record ThreadDetail(int Id, string TrackCode, string TrackTitle, string? Title, PostView Opening, IReadOnlyList<PostView> Replies,
    bool IsPinned, bool IsHidden, bool IsAuthor, bool CanReply, bool CanModerate);
