namespace SmartVillage.Learning.Features.Mentoring;

public static class MentoringServiceCollectionExtensions
{
    /// <summary>Mentors and their assignments, work plans, obstacles, mentoring sessions, mentors' competency confirmations, and the figures the reports read.</summary>
    public static IServiceCollection AddMentoringFeature(this IServiceCollection services)
    {
        services.AddScoped<WorkPlanService>();
        services.AddScoped<ObstacleService>();
        services.AddScoped<MentorDeskService>();
        services.AddScoped<MentorAssignmentService>();
        services.AddScoped<MentoringFigures>();
        services.AddScoped<CompetencyConfirmationService>();
        return services;
    }
}
