using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Messaging;

public sealed record KindChoice(string Code, string Label, bool Urgent, bool WhatsApp, bool Email);

public sealed record MyMessageSettings(string? Phone, string? Email, bool WhatsAppConfigured, bool EmailConfigured, bool WhatsAppStopped,
    IReadOnlyList<KindChoice> Kinds);

/// <summary>
/// A person's own choices: per kind of message, WhatsApp and email on or off (in-app always); stop every WhatsApp message
/// (as a STOP reply does) or start them again. Only their own, by their signed-in id.
/// </summary>
public sealed class MessagePreferencesService(IDbContextFactory<LearningDbContext> dbFactory, IOptions<MessagingOptions> options, TimeProvider clock)
{
    public async Task<MyMessageSettings> MineAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recipient = (await OutboxWriter.RecipientsAsync(db, [actor.UserId], ct)).GetValueOrDefault(actor.UserId)
            ?? throw new DomainException(Actor.SignInFirst);
        var choices = await db.MessagePreferences.AsNoTracking().Where(p => p.UserId == actor.UserId)
            .ToDictionaryAsync(p => (p.Kind, p.Channel), p => p.Enabled, ct);
        var configured = options.Value.ConfiguredChannels;
        var reachableOnWhatsApp = recipient.Phone is not null && !recipient.WhatsAppStopped && configured.Contains(MessageChannel.WhatsApp);
        bool On(MessageKind kind, MessageChannel channel) =>
            choices.TryGetValue((kind.Code, channel), out var chosen) ? chosen : MessagePreferences.DefaultOn(kind, channel, reachableOnWhatsApp);
        var kinds = MessageKinds.All.Where(k => Concerns(actor, k))
            .Select(k => new KindChoice(k.Code, k.Label, k.Urgent, On(k, MessageChannel.WhatsApp), On(k, MessageChannel.Email))).ToList();
        return new MyMessageSettings(recipient.Phone, recipient.Email, configured.Contains(MessageChannel.WhatsApp), configured.Contains(MessageChannel.Email),
            recipient.WhatsAppStopped, kinds);
    }

    /// <summary>Stores one choice; the same choice twice (a double click) leaves one row.</summary>
    public async Task SetAsync(Actor actor, string kindCode, MessageChannel channel, bool enabled, CancellationToken ct = default)
    {
        var kind = MessageKinds.Find(kindCode) ?? throw new DomainException("Jenis pesan tidak dikenal.");
        if (channel == MessageChannel.InApp) throw new DomainException("Pemberitahuan di aplikasi selalu aktif.");
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var row = await db.MessagePreferences.SingleOrDefaultAsync(p => p.UserId == actor.UserId && p.Kind == kind.Code && p.Channel == channel, ct);
            if (row is null) db.MessagePreferences.Add(new MessagePreference(actor.UserId, kind.Code, channel, enabled, clock.GetUtcNow()));
            else row.Set(enabled, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another tab inserted the same choice a moment earlier: update that one.
            }
        }
    }

    public async Task StopWhatsAppAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phone = await PhoneOfAsync(db, actor, ct);
        await OptOutAsync(db, phone, "profil", clock.GetUtcNow(), ct);
    }

    public async Task ResumeWhatsAppAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phone = await PhoneOfAsync(db, actor, ct);
        await db.WhatsAppOptOuts.Where(o => o.PhoneNumber == phone).ExecuteDeleteAsync(ct);
    }

    /// <summary>Records that <paramref name="phone"/> wants no WhatsApp messages; already recorded changes nothing.</summary>
    internal static async Task OptOutAsync(LearningDbContext db, string phone, string via, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.WhatsAppOptOuts.AnyAsync(o => o.PhoneNumber == phone, ct)) return;
        db.WhatsAppOptOuts.Add(new WhatsAppOptOut(phone, via, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two stops at once: one row is all it takes; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.WhatsAppOptOuts.AsNoTracking().AnyAsync(o => o.PhoneNumber == phone, ct)) throw;
        }
    }

    private static async Task<string> PhoneOfAsync(LearningDbContext db, Actor actor, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.PhoneNumber).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Akun Anda tidak punya nomor telepon untuk WhatsApp.");

    /// <summary>Officials see the kinds for officials, mentors and trainers theirs; an admin sees every kind.</summary>
    private static bool Concerns(Actor actor, MessageKind kind) =>
        actor.IsAdmin || kind.Audience switch
        {
            "Aparatur" => actor.IsOfficial,
            "Pendamping" => actor.IsMentor,
            "Pelatih" => actor.IsTrainer,
            _ => false,
        };
}
