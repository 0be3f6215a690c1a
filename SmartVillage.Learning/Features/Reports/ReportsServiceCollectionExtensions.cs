using SmartVillage.Learning.Features.Competencies;

namespace SmartVillage.Learning.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Competency framework evidence, the reviewers' report and its exports.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<ICompetencyEvidenceSource, CourseCompletionEvidence>();
        services.AddScoped<ICompetencyEvidenceSource, WorkshopAttendanceEvidence>();
        // Replaced after the attempts and certificates branches land (see the interfaces' comments).
        services.AddScoped<IAssessmentFigures, NoAssessmentFigures>();
        services.AddScoped<ICertificateFigures, NoCertificateFigures>();
        services.AddScoped<CompetencyReportService>();
        services.AddScoped<CompetencyProfileService>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<Synthetic.SyntheticDataSeeder>();
        return services;
    }
}
