using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Learning;
using SmartVillage.Domain.Regions;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data;

/// <summary>
/// The one model of the application. Provider-specific subclasses exist only so each provider keeps
/// its own migrations (see <see cref="SqliteLearningDbContext"/> and <see cref="SqlServerLearningDbContext"/>).
/// </summary>
public class LearningDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Regency> Regencies => Set<Regency>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Track> Tracks => Set<Track>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Module> Modules => Set<Module>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<CourseTrainer> CourseTrainers => Set<CourseTrainer>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopTrainer> WorkshopTrainers => Set<WorkshopTrainer>();
    public DbSet<WorkshopSession> WorkshopSessions => Set<WorkshopSession>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<AttendanceMark> AttendanceMarks => Set<AttendanceMark>();
    public DbSet<QuestionCategory> QuestionCategories => Set<QuestionCategory>();
    public DbSet<BankQuestion> BankQuestions => Set<BankQuestion>();
    public DbSet<Quiz> Quizzes => Set<Quiz>();
    public DbSet<QuizSlot> QuizSlots => Set<QuizSlot>();
    public DbSet<CompetencyArea> CompetencyAreas => Set<CompetencyArea>();
    public DbSet<CompetencyMapping> CompetencyMappings => Set<CompetencyMapping>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LearningDbContext).Assembly);
        Features.Reports.ReportSql.Register(builder, Database.ProviderName);
    }
}
