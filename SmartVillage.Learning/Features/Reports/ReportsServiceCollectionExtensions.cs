using SmartVillage.Learning.Features.Competencies;

namespace SmartVillage.Learning.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Competency framework evidence, the reviewers' report and its exports.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<ICompetencyEvidenceSource, CourseCompletionEvidence>();
        services.AddScoped<ICompetencyEvidenceSource, WorkshopAttendanceEvidence>();
        services.AddScoped<ICompetencyEvidenceSource, QuizPassedEvidence>();
        services.AddScoped<ICompetencyEvidenceSource, CertificateEvidence>();
        // No MentorConfirmed source: mentoring keeps plans, sessions and obstacles, nothing that confirms a level (decision 0010).
        services.AddScoped<IAssessmentFigures, AssessmentFigures>();
        services.AddScoped<ICertificateFigures, CertificateFigures>();
        services.AddScoped<CompetencyReportService>();
        services.AddScoped<CompetencyProfileService>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<Synthetic.SyntheticDataSeeder>();
        // In this order: certificates are issued from the attempts' stored gains.
        services.AddScoped<Synthetic.ISyntheticSeedStep, Synthetic.SyntheticAttempts>();
        services.AddScoped<Synthetic.ISyntheticSeedStep, Synthetic.SyntheticCertificates>();
        return services;
    }
}
