using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Attendance;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Learning;

namespace SmartVillage.Learning.Features.Competencies;

public static class CompetenciesServiceCollectionExtensions
{
    /// <summary>
    /// Evidence sources, the official's profile and the stored evidence the reports read. Call after the assessments and
    /// certificates features: handlers run in registration order, and the refresh must see the stored gain and the new certificate.
    /// </summary>
    public static IServiceCollection AddCompetenciesFeature(this IServiceCollection services)
    {
        services.AddSingleton<ICompetencyEvidenceSource, CourseCompletionEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, WorkshopAttendanceEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, QuizPassedEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, CertificateEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, MentorConfirmationEvidence>();
        services.AddSingleton<EarnedEvidenceRefresher>();
        services.AddSingleton<EarnedEvidenceTriggers>();
        services.AddSingleton<ICourseCompletedHandler>(sp => sp.GetRequiredService<EarnedEvidenceTriggers>());
        services.AddSingleton<IAttendanceChangedHandler>(sp => sp.GetRequiredService<EarnedEvidenceTriggers>());
        services.AddSingleton<IQuizGradedHandler>(sp => sp.GetRequiredService<EarnedEvidenceTriggers>());
        services.AddSingleton<ICertificateChangedHandler>(sp => sp.GetRequiredService<EarnedEvidenceTriggers>());
        services.AddScoped<CompetencyProfileService>();
        return services;
    }
}
