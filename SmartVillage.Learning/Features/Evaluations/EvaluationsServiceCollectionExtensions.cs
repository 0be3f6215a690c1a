using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Features.Evaluations.Indicators;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Evaluations;

public static class EvaluationsServiceCollectionExtensions
{
    /// <summary>
    /// Participants' evaluations of bimtek and courses (forms from the province template, answers, results, trainers over time)
    /// and the village indicators of the report's results level. Its reactions only notify, so they run last
    /// (<see cref="ReactionOrder.Notify"/>).
    /// </summary>
    public static IServiceCollection AddEvaluationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<EvaluationContent>();
        services.AddSingleton<EvaluationTemplates>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<EvaluationResultsService>();
        services.AddSingleton<EvaluationFigures>();
        services.AddSingleton<VillageIndicatorService>();
        services.AddReaction<CourseCompleted, EvaluationInvitations>();
        services.AddReaction<AttendanceChanged, EvaluationInvitations>();
        return services;
    }
}
