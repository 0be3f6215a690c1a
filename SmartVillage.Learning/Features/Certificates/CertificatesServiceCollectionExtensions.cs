using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Certificates;

public static class CertificatesServiceCollectionExtensions
{
    /// <summary>
    /// Certificates: issue (automatic and in batches), numbering, PDF, verification, revocation.
    /// </summary>
    public static IServiceCollection AddCertificatesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.Section));
        // Singletons over IDbContextFactory, because LearningService (a singleton) tells them when a course is complete.
        services.AddSingleton<PublicBaseUrl>();
        services.AddSingleton<CertificateIssuer>();
        services.AddReaction<CourseCompleted, CertificateTriggers>();
        services.AddReaction<AttendanceChanged, CertificateTriggers>();
        services.AddReaction<QuizGraded, CertificateTriggers>();
        services.AddScoped<CertificateService>();
        services.AddSingleton<PreparedDownloads>();
        return services;
    }
}
