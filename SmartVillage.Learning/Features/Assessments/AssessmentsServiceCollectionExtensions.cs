using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Shared.Events;
using SmartVillage.Learning.Features.Assessments.Attempts;
using SmartVillage.Learning.Features.Assessments.Grading;
using SmartVillage.Learning.Features.Assessments.LearningGains;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Assessments.Quizzes;
using SmartVillage.Learning.Features.Assessments.QuizResults;

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
        services.AddScoped<ResultsService>();
        services.AddReaction<QuizGraded, LearningGainRecorder>();
        services.AddSingleton<ILearningGainFigures, LearningGainFigures>();
        return services;
    }
}
