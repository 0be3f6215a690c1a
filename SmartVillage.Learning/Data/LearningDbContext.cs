using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Learning;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Messaging;
using SmartVillage.Domain.Networks;
using SmartVillage.Domain.Notifications;
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
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<AttemptQuestion> AttemptQuestions => Set<AttemptQuestion>();
    public DbSet<MentorAssignment> MentorAssignments => Set<MentorAssignment>();
    public DbSet<WorkPlan> WorkPlans => Set<WorkPlan>();
    public DbSet<WorkPlanActivity> WorkPlanActivities => Set<WorkPlanActivity>();
    public DbSet<ActivityProgressReport> ActivityProgressReports => Set<ActivityProgressReport>();
    public DbSet<WorkPlanEvent> WorkPlanEvents => Set<WorkPlanEvent>();
    public DbSet<MentoringSession> MentoringSessions => Set<MentoringSession>();
    public DbSet<Obstacle> Obstacles => Set<Obstacle>();
    public DbSet<ObstacleEntry> ObstacleEntries => Set<ObstacleEntry>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateCounter> CertificateCounters => Set<CertificateCounter>();
    public DbSet<CertificateSettings> CertificateSettings => Set<CertificateSettings>();
    public DbSet<OfficialLearningGain> LearningGains => Set<OfficialLearningGain>();
    public DbSet<VillageProfile> VillageProfiles => Set<VillageProfile>();
    public DbSet<VillageInitiative> VillageInitiatives => Set<VillageInitiative>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnerRegency> PartnerRegencies => Set<PartnerRegency>();
    public DbSet<CollaborationRequest> CollaborationRequests => Set<CollaborationRequest>();
    public DbSet<CollaborationResponse> CollaborationResponses => Set<CollaborationResponse>();
    public DbSet<DiscussionThread> DiscussionThreads => Set<DiscussionThread>();
    public DbSet<DiscussionReply> DiscussionReplies => Set<DiscussionReply>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CompetencyArea> CompetencyAreas => Set<CompetencyArea>();
    public DbSet<CompetencyMapping> CompetencyMappings => Set<CompetencyMapping>();
    public DbSet<EarnedEvidence> EarnedEvidence => Set<EarnedEvidence>();
    public DbSet<CompetencyConfirmation> CompetencyConfirmations => Set<CompetencyConfirmation>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<MessagePreference> MessagePreferences => Set<MessagePreference>();
    public DbSet<WhatsAppOptOut> WhatsAppOptOuts => Set<WhatsAppOptOut>();
    public DbSet<EvaluationTemplate> EvaluationTemplates => Set<EvaluationTemplate>();
    public DbSet<EvaluationTemplateItem> EvaluationTemplateItems => Set<EvaluationTemplateItem>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<EvaluationQuestion> EvaluationQuestions => Set<EvaluationQuestion>();
    public DbSet<EvaluationResponse> EvaluationResponses => Set<EvaluationResponse>();
    public DbSet<EvaluationAnswer> EvaluationAnswers => Set<EvaluationAnswer>();
    public DbSet<VillageIndicatorRecord> VillageIndicatorRecords => Set<VillageIndicatorRecord>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LearningDbContext).Assembly);
        ReportSql.Register(builder, Database.ProviderName);
    }
}
