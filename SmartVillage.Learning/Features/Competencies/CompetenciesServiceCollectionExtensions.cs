using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Competencies;

public static class CompetenciesServiceCollectionExtensions
{
    /// <summary>
    /// Evidence sources, the official's profile and the stored evidence the reports read. Its reactions run last
    /// (<see cref="ReactionOrder.Summarise"/>): the refresh must see the stored gain and the new certificate.
    /// </summary>
    public static IServiceCollection AddCompetenciesFeature(this IServiceCollection services)
    {
        services.AddSingleton<ICompetencyEvidenceSource, CourseCompletionEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, WorkshopAttendanceEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, QuizPassedEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, CertificateEvidence>();
        services.AddSingleton<ICompetencyEvidenceSource, MentorConfirmationEvidence>();
        services.AddSingleton<EarnedEvidenceRefresher>();
        services.AddReaction<CourseCompleted, EarnedEvidenceTriggers>();
        services.AddReaction<AttendanceChanged, EarnedEvidenceTriggers>();
        services.AddReaction<QuizGraded, EarnedEvidenceTriggers>();
        services.AddReaction<CertificateChanged, EarnedEvidenceTriggers>();
        services.AddReaction<CompetencyConfirmationChanged, EarnedEvidenceTriggers>();
        services.AddScoped<CompetencyProfileService>();
        return services;
    }
}
