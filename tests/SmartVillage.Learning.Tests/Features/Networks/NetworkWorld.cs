using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Networks.Collaboration;
using SmartVillage.Learning.Features.Networks.Directory;
using SmartVillage.Learning.Features.Networks.Discussion;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Learning.Features.Networks.Notifications;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Features.Networks;

/// <summary>
/// A demo-seeded database per test class and the networks services on it, built as the app builds them. The people:
/// officials of Tiyuh Panaragan and Tiyuh Bandar Dewa (Tulang Bawang Barat) and Pekon Karang Brak (Tanggamus), and staff.
/// </summary>
public sealed class NetworkWorld : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    /// <summary>Kaur Keuangan of Tiyuh Panaragan (081270000122).</summary>
    public Actor Panaragan { get; private set; } = null!;

    /// <summary>Kasi Pelayanan of Tiyuh Panaragan too (081270000123): same village as <see cref="Panaragan"/>.</summary>
    public Actor PanaraganColleague { get; private set; } = null!;

    /// <summary>Kepala Tiyuh of Bandar Dewa (081270000124).</summary>
    public Actor BandarDewa { get; private set; } = null!;

    public Actor Siti { get; private set; } = null!;
    public Actor Hendra { get; private set; } = null!;
    public Actor Maria { get; private set; } = null!;
    public Actor Ahmad { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;

    public string PanaraganVillage { get; private set; } = "";
    public string BandarDewaVillage { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        Panaragan = Actor.Official(await IdOfPhoneAsync("+6281270000122"));
        PanaraganColleague = Actor.Official(await IdOfPhoneAsync("+6281270000123"));
        BandarDewa = Actor.Official(await IdOfPhoneAsync("+6281270000124"));
        Siti = Actor.Official(await IdOfPhoneAsync("+6281270000001"));
        Hendra = Actor.Trainer(await IdOfEmailAsync("hendra@smartvillage.test"));
        Maria = Actor.Mentor(await IdOfEmailAsync("maria@smartvillage.test"));
        Ahmad = Actor.Reviewer(await IdOfEmailAsync("ahmad@smartvillage.test"));
        Admin = Actor.Admin(await IdOfEmailAsync("admin@smartvillage.test"));
        PanaraganVillage = await Database.QueryAsync(db => db.Users.Where(u => u.Id == Panaragan.UserId).Select(u => u.VillageCode!).SingleAsync());
        BandarDewaVillage = await Database.QueryAsync(db => db.Users.Where(u => u.Id == BandarDewa.UserId).Select(u => u.VillageCode!).SingleAsync());
    }

    private Task<string> IdOfPhoneAsync(string phone) => Database.QueryAsync(db => db.Users.Where(u => u.PhoneNumber == phone).Select(u => u.Id).SingleAsync());

    private Task<string> IdOfEmailAsync(string email) => Database.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private IDbContextFactory<LearningDbContext> Factory => Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    public NotificationSignal Signal { get; } = new();

    public NotificationService Notifications => new(Factory, Signal, Clock);

    public CollaborationService Collaboration => new(Factory, new CollaborationFormValidator(), new ResponseFormValidator(), Notifications, Clock);

    public DiscussionService Discussion => new(Factory, new ThreadFormValidator(), new ReplyFormValidator(), new MarkdownRenderer(), Notifications, Clock);

    public DirectoryService Directory => new(Factory, new VillageProfileFormValidator(), new PartnerFormValidator(), Clock);

    public NetworkReports Reports => new(Factory);

    public static CollaborationForm Need(string title = "Kami perlu bantuan membuat website pekon", string track = "TD") => new()
    {
        Title = title + " " + Guid.NewGuid().ToString("N")[..6], Description = "Domain sudah ada, isinya belum.", TrackCode = track, Area = "website desa",
    };

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
