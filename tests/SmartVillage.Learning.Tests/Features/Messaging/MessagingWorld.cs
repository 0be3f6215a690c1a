using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Messaging;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Messaging;
using SmartVillage.Learning.Features.Networks.Notifications;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Shared.Events;
using SmartVillage.Learning.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SmartVillage.Learning.Tests.Features.Messaging;

/// <summary>
/// A demo-seeded database, a fake clock at 10.00 WIB, and the real protocol peers in this process: an SMTP server on a
/// socket and a WireMock stub of the WhatsApp Cloud API. The services are the app's, configured to reach those two.
/// </summary>
public sealed class MessagingWorld : IAsyncLifetime
{
    public const string PhoneNumberId = "106540352242922";
    public const string Token = "EAAtest";
    public const string AppSecret = "rahasia-aplikasi";
    /// <summary>10.00 WIB tomorrow (real time: the demo data is seeded on the real clock, so this comes after it).</summary>
    public static readonly DateTimeOffset TenWib = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(1).AddHours(3);

    public TestDatabase Database { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(TenWib);
    public SmtpTestServer Smtp { get; } = new();
    public WireMockServer WhatsApp { get; } = WireMockServer.Start();
    public MessagingOptions Options { get; } = new();
    public Actor Hendra { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;

    public string MessagesPath => $"/v23.0/{PhoneNumberId}/messages";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        Hendra = Actor.Trainer(await IdOfEmailAsync("hendra@smartvillage.test"));
        Admin = Actor.Admin(await IdOfEmailAsync("admin@smartvillage.test"));
        Options.Email = new EmailOptions { Host = "127.0.0.1", Port = Smtp.Port, Security = "None", From = "SmartVillage <noreply@smartvillage.test>", TimeoutSeconds = 5 };
        Options.WhatsApp = new WhatsAppOptions
        {
            ApiBaseUrl = WhatsApp.Url + "/v23.0", PhoneNumberId = PhoneNumberId, AccessToken = Token, AppSecret = AppSecret, VerifyToken = "verifikasi", TimeoutSeconds = 10,
        };
        Options.RetryDelaysSeconds = [60, 300];
        Options.MaxParallelSends = 4;
        AcceptAllWhatsApp();
    }

    /// <summary>The Cloud API's documented success: the contact and the new message's wamid.</summary>
    public void AcceptAllWhatsApp() =>
        WhatsApp.Given(Request.Create().WithPath(MessagesPath).UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],\"messages\":[{\"id\":\"wamid.HBgLNjI4MTI3MDAwMDAxFQIAERgS\"}]}"));

    /// <summary>Answers every message to <paramref name="phone"/> with <paramref name="response"/> (before the general success).</summary>
    public void AnswerFor(string phone, IResponseBuilder response) =>
        WhatsApp.Given(Request.Create().WithPath(MessagesPath).UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher($"*\"to\":\"{phone}\"*")))
            .AtPriority(1).RespondWith(response);

    public IOptions<MessagingOptions> Settings => Microsoft.Extensions.Options.Options.Create(Options);

    public IDbContextFactory<LearningDbContext> Factory => Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    public OutboxWriter Writer(TimeProvider? clock = null) => new(Settings, clock ?? Clock);

    /// <summary>The app's dispatcher of events with the messaging reactions staged, as registered in the app.</summary>
    public IDomainEventDispatcher Events(TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        var writer = Writer(clock);
        services.AddSingleton<IStagedReaction<SeatsChanged>>(new SeatMessages(writer, clock ?? Clock));
        services.AddSingleton<IStagedReaction<CertificateIssued>>(new CertificateMessages(writer));
        return new DomainEventDispatcher(services.BuildServiceProvider(), NullLogger<DomainEventDispatcher>.Instance);
    }

    public WorkshopService Workshops() => new(Factory, new WorkshopFormValidator(), Clock, Events());

    public WorkshopRegistrationService Registrations() => new(Factory, Clock, Events());

    public OutboxDispatcher Dispatcher(IEnumerable<IMessageChannel>? channels = null, TimeProvider? clock = null) =>
        new(Factory, channels ?? [new EmailChannel(Settings), new WhatsAppChannel(new HttpClient(), Settings)], Settings,
            Database.Services.GetRequiredService<PublicBaseUrl>(), new NotificationSignal(), clock ?? Clock, NullLogger<OutboxDispatcher>.Instance);

    public ReminderScheduler Scheduler(TimeProvider? clock = null) => new(Factory, Writer(clock), clock ?? Clock);

    public MessagesAdminService AdminService() => new(Factory, Settings, Database.Services.GetRequiredService<PublicBaseUrl>(), Clock);

    public MessagePreferencesService Preferences() => new(Factory, Settings, Clock);

    public WhatsAppWebhook Webhook() => new(Factory, Settings, Clock);

    public Task<string> IdOfEmailAsync(string email) => Database.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Writes <paramref name="drafts"/> of one kind in a transaction of their own, as a reaction would in its change's.</summary>
    public async Task<int> StageAsync(MessageKind kind, params MessageDraft[] drafts)
    {
        await using var db = Factory.CreateDbContext();
        var recipients = await OutboxWriter.RecipientsAsync(db, drafts.Select(d => d.RecipientId).ToList(), default);
        var count = await Writer().StageAsync(db, kind, drafts, recipients, default);
        await db.SaveChangesAsync();
        return count;
    }

    public static MessageDraft Draft(MessageKind kind, string userId, string subject) =>
        new(userId, subject, kind.ParameterNames.Select(n => $"isi {n}").ToList(), "/my/workshops");

    public Task<(string Id, string Name)> OfficialAsync(string e164) =>
        Database.QueryAsync(async db => await db.Users.Where(u => u.PhoneNumber == e164).Select(u => new ValueTuple<string, string>(u.Id, u.FullName)).SingleAsync());

    public Task<List<OutboxMessage>> OutboxOfAsync(string userId) =>
        Database.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.RecipientId == userId).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Gives a person an email address (officials imported from a roster often have none).</summary>
    public Task SetEmailAsync(string userId, string email) =>
        Database.QueryAsync(db => db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, email).SetProperty(u => u.NormalizedEmail, email.ToUpperInvariant())));

    /// <summary>A published workshop by Pak Hendra, one 08.00–16.00 WIB session per day from <paramref name="firstDay"/>.</summary>
    public async Task<int> PublishedWorkshopAsync(DateTimeOffset firstDay, int capacity = 40, int sessions = 1)
    {
        var service = Workshops();
        var id = await service.CreateAsync(new WorkshopForm
        {
            Title = "Bimtek Siskeudes " + Guid.NewGuid().ToString("N")[..4], TrackCode = "MP", RegencyCode = "18.03", Venue = "Aula PMD Kotabumi", Capacity = capacity,
        }, Hendra);
        for (var day = 0; day < sessions; day++)
            await service.AddSessionAsync(id, new SessionForm
            {
                Date = firstDay.AddDays(day).ToOffset(Wib.Offset).DateTime.Date, Starts = new TimeSpan(8, 0, 0), Ends = new TimeSpan(16, 0, 0),
                Topic = $"Hari {day + 1}", LessonHours = 8,
            }, Hendra);
        await service.PublishAsync(id, Hendra);
        return id;
    }

    public async Task DisposeAsync()
    {
        WhatsApp.Stop();
        WhatsApp.Dispose();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}
