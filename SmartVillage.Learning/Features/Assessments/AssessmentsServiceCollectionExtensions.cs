namespace SmartVillage.Learning.Features.Assessments;

public static class AssessmentsServiceCollectionExtensions
{
    /// <summary>Question banks (GIFT and Moodle XML import and export, embedded images), quizzes, and officials' attempts with their time-limit sweeper.</summary>
    public static IServiceCollection AddAssessmentsFeature(this IServiceCollection services)
    {
        services.AddScoped<QuestionBankService>();
        services.AddScoped<QuestionFileService>();
        services.AddScoped<QuizService>();
        services.AddScoped<AttemptService>();
        services.AddSingleton<IQuizOutcomes, QuizOutcomes>();
        services.AddHostedService<AttemptSweeper>();
        services.AddScoped<GradingService>();
        services.AddScoped<DemoGradingStory>();
        services.AddScoped<ResultsService>();
        services.AddSingleton<LearningGainRecorder>();
        services.AddSingleton<IQuizGradedHandler>(sp => sp.GetRequiredService<LearningGainRecorder>());
        services.AddSingleton<ILearningGainFigures, LearningGainFigures>();
        return services;
    }
}
