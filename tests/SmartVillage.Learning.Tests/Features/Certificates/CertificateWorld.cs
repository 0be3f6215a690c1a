using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Tests.Features.Workshops;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Certificates;

/// <summary>
/// The workshop world (demo-seeded SQLite file, trainers, officials) plus the certificate services wired as the app wires
/// them — the learning and attendance services tell the certificate triggers — over a clock in 2031 (so the year's
/// numbering starts at 1, apart from the demo certificates) and a dictionary-backed <see cref="IQuizOutcomes"/>.
/// </summary>
public sealed class CertificateWorld : IAsyncLifetime
{
    public const string BaseUrl = "https://sertifikat.smartvillage.test";
    public static readonly DateTimeOffset Start = new(2031, 3, 3, 1, 0, 0, TimeSpan.Zero); // Monday 08.00 WIB

    private readonly WorkshopWorld _workshops = new();
    private ServiceProvider _outcomeServices = null!;

    public FakeTimeProvider Clock { get; } = new(Start.AddDays(-3));
    public FakeQuizOutcomes Outcomes { get; } = new();
    public WorkshopWorld Workshops => _workshops;
    public Actor Hendra => _workshops.Hendra;
    public Actor Dewi => _workshops.Dewi;
    public Actor Admin => Actor.Admin(_workshops.Admin.UserId);
    public IReadOnlyList<(string Id, string Phone, string Name)> Officials => _workshops.Officials;
    public CertificateIssuer Issuer { get; private set; } = null!;
    public CertificateService Certificates { get; private set; } = null!;
    public CertificateTriggers Triggers { get; private set; } = null!;
    public LearningService Learning { get; private set; } = null!;
    public IDbContextFactory<LearningDbContext> Factory => _workshops.Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    public async Task InitializeAsync()
    {
        await _workshops.InitializeAsync();
        _outcomeServices = new ServiceCollection().AddSingleton<IQuizOutcomes>(Outcomes).BuildServiceProvider();
        var options = Options.Create(new CertificateOptions { PublicBaseUrl = BaseUrl });
        var baseUrl = new PublicBaseUrl(options, _workshops.Database.Configuration, _workshops.Database.Environment);
        Issuer = new CertificateIssuer(Factory, _outcomeServices.GetRequiredService<IServiceScopeFactory>(), options, baseUrl, Clock, NullLogger<CertificateIssuer>.Instance);
        Certificates = new CertificateService(Factory, Issuer, baseUrl, new CertificateSettingsFormValidator(), Clock);
        Triggers = new CertificateTriggers(Factory, Issuer, Clock);
        Learning = new LearningService(Factory, new MarkdownRenderer(), Clock, TestEvents.To(Triggers));
    }

    public AttendanceService Attendance() => new(Factory, Options.Create(_workshops.Options), Clock, TestEvents.To(Triggers));

    public WorkshopService WorkshopService() => _workshops.Workshops(Clock);

    /// <summary>A published workshop of Pak Hendra with <paramref name="sessions"/> 08.00–16.00 WIB days from <see cref="Start"/>, the officials seated.</summary>
    public async Task<(int Id, IReadOnlyList<int> Sessions)> WorkshopAsync(IEnumerable<string> officialIds, int sessions = 2, int capacity = 40)
    {
        // Each workshop starts three days after the clock (which only moves forward), so tests of one class never collide in time.
        var start = new DateTimeOffset(Clock.GetUtcNow().UtcDateTime.Date.AddDays(3), TimeSpan.Zero).AddHours(1);
        var service = WorkshopService();
        var id = await service.CreateAsync(new WorkshopForm
        {
            Title = "Bimtek Sertifikat " + Guid.NewGuid().ToString("N")[..6], TrackCode = "MP", RegencyCode = "18.06", Venue = "Aula Kota Agung", Capacity = capacity,
        }, Hendra);
        for (var day = 0; day < sessions; day++)
        {
            await service.AddSessionAsync(id, new SessionForm
            {
                Date = start.AddDays(day).ToOffset(Wib.Offset).DateTime.Date, Starts = new TimeSpan(8, 0, 0), Ends = new TimeSpan(16, 0, 0), Topic = $"Hari {day + 1}", LessonHours = 8,
            }, Hendra);
        }
        await service.PublishAsync(id, Hendra);
        foreach (var official in officialIds) await _workshops.Registrations(Clock).RegisterAsync(id, official);
        return (id, await _workshops.SessionIdsAsync(id));
    }

    /// <summary>Marks the officials present in every session of the workshop straight in the database (no triggers), then moves the clock past the end.</summary>
    public async Task AttendAllAsync(int workshopId, IEnumerable<string> officialIds)
    {
        await using var db = Factory.CreateDbContext();
        var sessions = await db.WorkshopSessions.Where(s => s.WorkshopId == workshopId).ToListAsync();
        foreach (var official in officialIds)
        foreach (var session in sessions)
            db.AttendanceMarks.Add(new Domain.Attendance.AttendanceMark(session.Id, official, Domain.Attendance.AttendanceStatus.Present, null,
                Domain.Attendance.AttendanceSource.Roster, Hendra.UserId, session.StartsAt.AddMinutes(5)));
        await db.SaveChangesAsync();
        var end = sessions.Max(s => s.EndsAt);
        if (Clock.GetUtcNow() < end) Clock.SetUtcNow(end.AddHours(1));
    }

    public async Task DisposeAsync()
    {
        await _outcomeServices.DisposeAsync();
        await _workshops.DisposeAsync();
    }
}
