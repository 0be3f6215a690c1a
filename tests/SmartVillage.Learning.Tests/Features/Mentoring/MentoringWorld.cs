using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

/// <summary>
/// A demo-seeded database of its own per test class: Bu Maria mentors 081270000116…118 one by one, Pak Yusuf the whole
/// village of 081270000119; the services are built on it as the app builds them (each call a short context).
/// </summary>
public sealed class MentoringWorld : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public Actor Maria { get; private set; } = null!;
    public Actor Yusuf { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;
    public Actor ProvinceReviewer { get; private set; } = null!;
    public Actor TanggamusReviewer { get; private set; } = null!;

    /// <summary>Andi Wijaya (…116), mentored by Bu Maria.</summary>
    public Actor Andi { get; private set; } = null!;

    /// <summary>Rohmah (…117), mentored by Bu Maria.</summary>
    public Actor Rohmah { get; private set; } = null!;

    /// <summary>Slamet Riyadi (…118): the demo plan and obstacle.</summary>
    public Actor Slamet { get; private set; } = null!;

    /// <summary>Dwi Astuti (…119), in Pak Yusuf's village.</summary>
    public Actor Dwi { get; private set; } = null!;

    /// <summary>Rudi Hartono (…100): nobody's mentee.</summary>
    public Actor Rudi { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        Maria = Actor.Mentor(await IdOfEmailAsync("maria@smartvillage.test"));
        Yusuf = Actor.Mentor(await IdOfEmailAsync("yusuf@smartvillage.test"));
        Admin = Actor.Admin(await IdOfEmailAsync("admin@smartvillage.test"));
        ProvinceReviewer = Actor.Reviewer(await IdOfEmailAsync("ahmad@smartvillage.test"));
        TanggamusReviewer = Actor.Reviewer(await IdOfEmailAsync("rina@smartvillage.test"), "18.06");
        Andi = Actor.Official(await IdOfPhoneAsync("+6281270000116"));
        Rohmah = Actor.Official(await IdOfPhoneAsync("+6281270000117"));
        Slamet = Actor.Official(await IdOfPhoneAsync("+6281270000118"));
        Dwi = Actor.Official(await IdOfPhoneAsync("+6281270000119"));
        Rudi = Actor.Official(await IdOfPhoneAsync("+6281270000100"));
    }

    private Task<string> IdOfEmailAsync(string email) => Database.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<string> IdOfPhoneAsync(string phone) => Database.QueryAsync(db => db.Users.Where(u => u.PhoneNumber == phone).Select(u => u.Id).SingleAsync());

    private IDbContextFactory<LearningDbContext> Factory => Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    public WorkPlanService Plans(TimeProvider? clock = null) => new(Factory, new WorkPlanFormValidator(), new ProgressFormValidator(), clock ?? TimeProvider.System);

    public ObstacleService Obstacles(TimeProvider? clock = null) => new(Factory, new ObstacleFormValidator(), clock ?? TimeProvider.System);

    public MentorDeskService Desk(TimeProvider? clock = null) => new(Factory, new MentoringSessionFormValidator(), clock ?? TimeProvider.System);

    public MentorAssignmentService Assignments() => new(Factory, TimeProvider.System);

    public MentoringFigures Figures() => new(Factory);

    /// <summary>As the app builds it: the registered evidence sources and the refresher that copies them for the dashboard.</summary>
    public CompetencyConfirmationService Confirmations(TimeProvider? clock = null) => new(Factory, new CompetencyConfirmationFormValidator(), clock ?? TimeProvider.System,
        new CompetencyProfileService(Factory, Database.Services.GetServices<ICompetencyEvidenceSource>()),
        Database.Services.GetRequiredService<IDomainEventDispatcher>(), NullLogger<CompetencyConfirmationService>.Instance);

    public static WorkPlanForm PlanForm(string title = "Pelatihan operator Siskeudes") => new()
    {
        Title = title + " " + Guid.NewGuid().ToString("N")[..4],
        Goal = "Dua operator pekon menguasai Siskeudes.",
        BudgetSource = SmartVillage.Domain.Mentoring.BudgetSource.Apbdes,
        BudgetAmount = 12_500_000m,
        SuccessIndicators = "Dua operator lulus uji praktik",
        Activities =
        [
            new ActivityForm { Title = "Pendaftaran peserta", StartsOn = new DateTime(2027, 1, 5), EndsOn = new DateTime(2027, 1, 6), Responsible = "Sekretaris" },
            new ActivityForm { Title = "Pelatihan tiga hari", StartsOn = new DateTime(2027, 1, 12), EndsOn = new DateTime(2027, 1, 14), Responsible = "Kaur Keuangan" },
        ],
    };

    /// <summary>A plan by <paramref name="official"/>, submitted.</summary>
    public async Task<int> SubmittedPlanAsync(Actor official)
    {
        var id = await Plans().CreateAsync(PlanForm(), official);
        await Plans().SubmitAsync(id, null, official);
        return id;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
