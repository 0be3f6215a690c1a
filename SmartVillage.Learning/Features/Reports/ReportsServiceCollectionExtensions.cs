namespace SmartVillage.Learning.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The reviewers' report and its exports.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<IAssessmentFigures, AssessmentFigures>();
        services.AddScoped<ICertificateFigures, CertificateFigures>();
        services.AddScoped<CompetencyReportService>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<Levels.LevelsReportService>();
        return services;
    }
}
