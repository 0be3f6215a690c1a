namespace SmartVillage.Learning.Features.Assessments;

public static class AssessmentsServiceCollectionExtensions
{
    /// <summary>Question banks (GIFT import and export) and quizzes.</summary>
    public static IServiceCollection AddAssessmentsFeature(this IServiceCollection services)
    {
        services.AddScoped<QuestionBankService>();
        services.AddScoped<QuizService>();
        return services;
    }
}
