using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Features.Workshops;

/// <summary>
/// A demo-seeded database of its own per test class, a fake clock, and the workshop and attendance services built on
/// them (each call opens its own short context, as in a Blazor circuit). Each test makes its own workshop.
/// </summary>
public sealed class WorkshopWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero); // 08.00 WIB

    public TestDatabase Database { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(Start.AddDays(-3));
    public Actor Hendra { get; private set; } = null!;
    public Actor Dewi { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;
    public IReadOnlyList<(string Id, string Phone, string Name)> Officials { get; private set; } = [];
    public AttendanceOptions Options { get; } = new();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        Hendra = Actor.Trainer(await IdOfAsync("hendra@smartvillage.test"));
        Dewi = Actor.Trainer(await IdOfAsync("dewi@smartvillage.test"));
        Admin = Actor.Admin(await IdOfAsync("admin@smartvillage.test"));
        var officials = await Database.QueryAsync(db => db.Users.Where(u => u.VillageCode != null).OrderBy(u => u.PhoneNumber)
            .Select(u => new { u.Id, u.PhoneNumber, u.FullName }).ToListAsync());
        Officials = officials.Select(o => (o.Id, o.PhoneNumber!, o.FullName)).ToList();
    }

    private Task<string> IdOfAsync(string email) =>
        Database.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private IDbContextFactory<LearningDbContext> Factory => Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    /// <summary>The workshop service on <paramref name="clock"/> (default: three days before <see cref="Start"/>).</summary>
    public WorkshopService Workshops(TimeProvider? clock = null) => new(Factory, new WorkshopFormValidator(), clock ?? Clock);

    /// <summary>The officials' registration on <paramref name="clock"/> (default: three days before <see cref="Start"/>).</summary>
    public WorkshopRegistrationService Registrations(TimeProvider? clock = null) => new(Factory, clock ?? Clock);

    public AttendanceService Attendance(TimeProvider clock) => new(Factory, Microsoft.Extensions.Options.Options.Create(Options), clock);

    public AttendanceImportService AttendanceImport(TimeProvider clock) => new(Factory, clock);

    public static FakeTimeProvider ClockAt(DateTimeOffset now) => new(now);

    /// <summary>A published workshop by Pak Hendra with three 08.00–16.00 WIB sessions from <see cref="Start"/>.</summary>
    public async Task<int> PublishedWorkshopAsync(int capacity = 40, int sessions = 3, string title = "Bimtek Uji")
    {
        var service = Workshops();
        var id = await service.CreateAsync(new WorkshopForm
        {
            Title = title + " " + Guid.NewGuid().ToString("N")[..6], TrackCode = "MP", RegencyCode = "18.03", Venue = "Aula PMD Kotabumi", Capacity = capacity,
        }, Hendra);
        for (var day = 0; day < sessions; day++)
        {
            await service.AddSessionAsync(id, new SessionForm
            {
                Date = Start.AddDays(day).ToOffset(Wib.Offset).DateTime.Date, Starts = new TimeSpan(8, 0, 0), Ends = new TimeSpan(16, 0, 0),
                Topic = $"Hari {day + 1}", LessonHours = 8,
            }, Hendra);
        }
        await service.PublishAsync(id, Hendra);
        return id;
    }

    public async Task<IReadOnlyList<int>> SessionIdsAsync(int workshopId) =>
        await Database.QueryAsync(db => db.WorkshopSessions.Where(s => s.WorkshopId == workshopId).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
