using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Shared.Events;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Features.Assessments.LearningGains;

namespace SmartVillage.Learning.Tests.Shared.Events;

public class DomainEventDispatcherTests
{
    [Fact]
    public async Task Publish_RunsTheHandlersInTheirDeclaredOrder_WhateverOrderTheyWereRegisteredIn()
    {
        var ran = new List<string>();
        var events = Dispatcher(s => s
            .AddSingleton<IDomainEventHandler<CourseCompleted>>(new Recording("summarise", ReactionOrder.Summarise, ran))
            .AddSingleton<IDomainEventHandler<CourseCompleted>>(new Recording("record", ReactionOrder.Record, ran))
            .AddSingleton<IDomainEventHandler<CourseCompleted>>(new Recording("award", ReactionOrder.Award, ran)));

        await events.PublishAsync(new CourseCompleted("siti", 7));

        Assert.Equal(["record:siti", "award:siti", "summarise:siti"], ran);
    }

    [Fact]
    public async Task AFailingHandler_IsLogged_AndTheNextOneStillRuns()
    {
        var ran = new List<string>();
        var log = new ListLogger();
        var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<CourseCompleted>>(new Recording("boom", ReactionOrder.Record, ran, fail: true))
            .AddSingleton<IDomainEventHandler<CourseCompleted>>(new Recording("after", ReactionOrder.Award, ran))
            .BuildServiceProvider();

        await new DomainEventDispatcher(services, log).PublishAsync(new CourseCompleted("siti", 7));

        Assert.Equal(["boom:siti", "after:siti"], ran);
        Assert.Contains(log.Errors, e => e.Contains(nameof(Recording)) && e.Contains("CourseCompleted"));
    }

    [Fact]
    public async Task AnEventNobodyHandles_DoesNothing()
    {
        await Dispatcher(_ => { }).PublishAsync(new CertificateChanged("siti"));
    }

    /// <summary>The reactions as docs/architecture.md lists them, resolved from the app's own container.</summary>
    [Fact]
    public async Task TheApp_ReactsToEachEvent_AsTheArchitectureDocumentSays()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var scope = database.Services.CreateScope();
        var services = scope.ServiceProvider;

        Assert.Equal([typeof(CertificateTriggers), typeof(EarnedEvidenceTriggers), typeof(EvaluationInvitations)], TypesOf<CourseCompleted>(services));
        Assert.Equal([typeof(CertificateTriggers), typeof(EarnedEvidenceTriggers), typeof(EvaluationInvitations)], TypesOf<AttendanceChanged>(services));
        Assert.Equal([typeof(LearningGainRecorder), typeof(CertificateTriggers), typeof(EarnedEvidenceTriggers)], TypesOf<QuizGraded>(services));
        Assert.Equal([typeof(EarnedEvidenceTriggers)], TypesOf<CertificateChanged>(services));
        Assert.Equal([typeof(EarnedEvidenceTriggers)], TypesOf<CompetencyConfirmationChanged>(services));
        // One instance per handler however many events it handles.
        Assert.Same(services.GetRequiredService<CertificateTriggers>(), DomainEventDispatcher.HandlersOf<QuizGraded>(services)[1]);
    }

    private static List<Type> TypesOf<TEvent>(IServiceProvider services) where TEvent : IDomainEvent =>
        DomainEventDispatcher.HandlersOf<TEvent>(services).Select(h => h.GetType()).ToList();

    private static DomainEventDispatcher Dispatcher(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return new DomainEventDispatcher(services.BuildServiceProvider(), NullLogger<DomainEventDispatcher>.Instance);
    }

    private sealed class Recording(string name, int order, List<string> ran, bool fail = false) : IDomainEventHandler<CourseCompleted>
    {
        public int Order => order;

        public Task HandleAsync(CourseCompleted completed, CancellationToken cancellationToken)
        {
            ran.Add($"{name}:{completed.UserId}");
            return fail ? throw new InvalidOperationException("the handler broke") : Task.CompletedTask;
        }
    }

    private sealed class ListLogger : ILogger<DomainEventDispatcher>
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Errors.Add(formatter(state, exception));
        }
    }
}
