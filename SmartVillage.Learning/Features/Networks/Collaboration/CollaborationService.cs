using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Learning.Features.Networks.Notifications;

namespace SmartVillage.Learning.Features.Networks.Collaboration;

/// <summary>
/// Kolaborasi: a village posts a need or an offer, others respond (the poster is notified), the poster marks it met by
/// choosing the response that helped, and trainers or admins hide or reopen it. Rules in <see cref="NetworkAccess"/>;
/// a hidden request is seen only by moderators and its poster (with the reason).
/// </summary>
public sealed class CollaborationService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<CollaborationForm> formValidator,
    IValidator<ResponseForm> responseValidator,
    NotificationService notifications,
    TimeProvider clock)
{
    public const string NotFoundMessage = "Permintaan kolaborasi tidak ditemukan; mungkin sudah disembunyikan.";
    public const int ListSize = 100;

    public async Task<IReadOnlyList<CollaborationSummary>> ListAsync(CollaborationFilter filter, Actor me, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.CollaborationRequests.AsNoTracking();
        query = filter.Status is { } status ? query.Where(r => r.Status == status) : query.Where(r => r.Status != CollaborationStatus.Hidden);
        if (!me.IsModerator) query = query.Where(r => r.Status != CollaborationStatus.Hidden || r.PostedById == me.UserId);
        if (filter.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.RegencyCode)) query = query.Where(r => r.RegencyCode == filter.RegencyCode);
        if (!string.IsNullOrWhiteSpace(filter.TrackCode)) query = query.Where(r => r.TrackCode == filter.TrackCode);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = NetworkQueries.Contains(filter.Text);
            query = query.Where(r => EF.Functions.Like(r.Title, pattern, NetworkQueries.LikeEscape)
                || EF.Functions.Like(r.Description, pattern, NetworkQueries.LikeEscape) || EF.Functions.Like(r.Area!, pattern, NetworkQueries.LikeEscape));
        }
        var rows = await query.OrderByDescending(r => r.Id).Take(ListSize)
            .Select(r => new { r.Id, r.Kind, r.Title, r.TrackCode, r.Area, r.VillageCode, r.RegencyCode, r.Status, Responses = r.Responses.Count, r.PostedAt })
            .ToListAsync(ct);
        var villages = await NetworkQueries.VillageLabelsAsync(db, rows.Select(r => r.VillageCode), ct);
        var regencies = await NetworkQueries.RegencyNamesAsync(db, ct);
        return rows.Select(r => new CollaborationSummary(r.Id, r.Kind, r.Title, r.TrackCode, r.Area, villages.GetValueOrDefault(r.VillageCode, r.VillageCode),
            regencies.GetValueOrDefault(r.RegencyCode, r.RegencyCode), r.Status, r.Responses, r.PostedAt)).ToList();
    }

    public async Task<CollaborationDetail?> GetAsync(int id, Actor me, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.CollaborationRequests.AsNoTracking().Include(r => r.Responses).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null || !CanSee(request, me)) return null;
        var myVillage = await NetworkQueries.VillageOfAsync(db, me.UserId, ct);
        var responses = request.Responses.OrderBy(r => r.Id).ToList();
        var authors = await NetworkQueries.AuthorLabelsAsync(db, responses.Select(r => r.AuthorId).Append(request.PostedById), ct);
        var village = (await NetworkQueries.VillageLabelsAsync(db, [request.VillageCode], ct)).GetValueOrDefault(request.VillageCode, request.VillageCode);
        var regency = await db.Regencies.Where(r => r.Code == request.RegencyCode).Select(r => r.Name).SingleAsync(ct);
        string? refusal = null;
        try
        {
            NetworkAccess.DemandRespond(me, myVillage, request.VillageCode);
            if (request.PostedById == me.UserId) refusal = "Ini permintaan Anda sendiri.";
        }
        catch (DomainException e)
        {
            refusal = e.Message;
        }
        return new CollaborationDetail(request.Id, request.Kind, request.Title, request.Description, request.TrackCode, request.Area, village, regency,
            authors.GetValueOrDefault(request.PostedById, ""), request.PostedAt, request.Status, request.MetByResponseId, request.HiddenReason,
            responses.Select(r => new ResponseView(r.Id, authors.GetValueOrDefault(r.AuthorId, ""), r.Body, r.CreatedAt)).ToList(),
            request.PostedById == me.UserId, refusal is null && request.Status == CollaborationStatus.Open, refusal, me.IsModerator);
    }

    /// <summary>Posts a need or an offer for the official's own village. The same form token twice gives the same request.</summary>
    public async Task<int> PostAsync(CollaborationForm form, Actor me, CancellationToken ct = default)
    {
        await formValidator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var village = await NetworkQueries.VillageOfAsync(db, me.UserId, ct);
        NetworkAccess.DemandPost(me, village);
        if (form.TrackCode is { Length: > 0 } track && !await db.Tracks.AnyAsync(t => t.Code == track, ct))
            throw new DomainException("Jalur tidak dikenal.");
        return await ClientTokens.OnceAsync(
            () => db.CollaborationRequests.Where(r => r.ClientToken == form.ClientToken).Select(r => new TokenOwner(r.Id, r.PostedById)),
            async () =>
            {
                var request = new CollaborationRequest(form.Kind, form.Title, form.Description, form.TrackCode, form.Area, village!, me.UserId,
                    form.ClientToken, clock.GetUtcNow());
                await using var write = await dbFactory.CreateDbContextAsync(ct);
                write.CollaborationRequests.Add(request);
                await write.SaveChangesAsync(ct);
                return request.Id;
            }, me.UserId, ct);
    }

    /// <summary>Answers a request; the poster gets a notification. The same form token twice gives the same response.</summary>
    public async Task<int> RespondAsync(int requestId, ResponseForm form, Actor me, CancellationToken ct = default)
    {
        await responseValidator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ClientTokens.OnceAsync(
            () => db.CollaborationResponses.Where(r => r.ClientToken == form.ClientToken).Select(r => new TokenOwner(r.Id, r.AuthorId)),
            async () =>
            {
                await using var write = await dbFactory.CreateDbContextAsync(ct);
                var request = await write.CollaborationRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
                if (request is null || !CanSee(request, me)) throw new DomainException(NotFoundMessage);
                var village = await NetworkQueries.VillageOfAsync(write, me.UserId, ct);
                NetworkAccess.DemandRespond(me, village, request.VillageCode);
                var response = request.Respond(me.UserId, me.IsOfficial ? village : null, form.Body, form.ClientToken, clock.GetUtcNow());
                var author = (await NetworkQueries.AuthorLabelsAsync(write, [me.UserId], ct)).GetValueOrDefault(me.UserId, "Seseorang");
                notifications.Stage(write, new NotificationMessage(request.PostedById, "collaboration.response",
                    $"{author} menanggapi permintaan Anda \"{request.Title}\".", $"/collaboration/{request.Id}"));
                await write.SaveChangesAsync(ct);
                notifications.Announce(request.PostedById);
                return response.Id;
            }, me.UserId, ct);
    }

    /// <summary>The poster, and only the poster, marks the request met by choosing the response that helped.</summary>
    public Task MarkMetAsync(int requestId, int responseId, Actor me, CancellationToken ct = default) =>
        MutateAsync(requestId, me, request =>
        {
            if (request.PostedById != me.UserId) throw new DomainException(NetworkAccess.MarkMetRefused);
            request.MarkMet(responseId, clock.GetUtcNow());
        }, ct);

    public Task HideAsync(int requestId, string reason, Actor me, CancellationToken ct = default) =>
        MutateAsync(requestId, me, request =>
        {
            NetworkAccess.DemandModerate(me);
            request.Hide(reason, me.UserId, clock.GetUtcNow());
        }, ct);

    public Task ReopenAsync(int requestId, Actor me, CancellationToken ct = default) =>
        MutateAsync(requestId, me, request =>
        {
            NetworkAccess.DemandModerate(me);
            request.Reopen();
        }, ct);

    private async Task MutateAsync(int requestId, Actor me, Action<CollaborationRequest> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.CollaborationRequests.Include(r => r.Responses).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || !CanSee(request, me)) throw new DomainException(NotFoundMessage);
        change(request);
        await db.SaveChangesAsync(ct);
    }

    private static bool CanSee(CollaborationRequest request, Actor me) =>
        request.Status != CollaborationStatus.Hidden || me.IsModerator || request.PostedById == me.UserId;
}
