namespace SmartVillage.Learning.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The reviewers' report, its exports and the synthetic data set it is measured on.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<IAssessmentFigures, AssessmentFigures>();
        services.AddScoped<ICertificateFigures, CertificateFigures>();
        services.AddScoped<CompetencyReportService>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<Synthetic.SyntheticDataSeeder>();
        // In this order: certificates are issued from the attempts' stored gains.
        services.AddScoped<Synthetic.ISyntheticSeedStep, Synthetic.SyntheticAttempts>();
        services.AddScoped<Synthetic.ISyntheticSeedStep, Synthetic.SyntheticCertificates>();
        return services;
    }
}
