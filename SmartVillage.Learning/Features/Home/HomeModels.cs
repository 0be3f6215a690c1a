using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Features.Home;

/// <summary>An official's day: what comes next, what is in progress, what she has earned and what waits for her mentor.</summary>
public sealed record OfficialDay(
    NextSession? NextSession,
    IReadOnlyList<CourseInProgress> Courses,
    IReadOnlyList<HomeLink> QuizzesWaiting,
    LatestCertificate? Certificate,
    IReadOnlyList<CompetencyLine> Competencies,
    IReadOnlyList<HomeLink> WaitingForMentor,
    string? VillageCode)
{
    public string VillageUrl => VillageCode is null ? "/directory" : $"/directory/villages/{VillageCode}";
}

public sealed record NextSession(string WorkshopTitle, string Topic, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsToday);

public sealed record CourseInProgress(string Title, int Percent, int Completed, int Total, string Url);

public sealed record LatestCertificate(string Title, DateOnly IssuedOn, string PdfUrl, string VerifyPath);

public sealed record CompetencyLine(string Area, string Level, bool HasLevel);

/// <summary>One thing to open: what it is and where.</summary>
public sealed record HomeLink(string Label, string Detail, string Url);

/// <summary>A trainer's day: essays to grade, today's and the next sessions, unfinished drafts.</summary>
public sealed record TrainerDay(int EssaysWaiting, IReadOnlyList<UpcomingSession> Sessions, IReadOnlyList<HomeLink> Drafts);

/// <summary>A mentor's day: plans to review, open obstacles oldest first, visits due soonest first.</summary>
public sealed record MentorDay(IReadOnlyList<PlanSummary> PlansToReview, IReadOnlyList<ObstacleSummary> ObstaclesByAge, IReadOnlyList<SessionDue> VisitsDue);

/// <summary>A reviewer's headline figures for their scope (the province or one regency).</summary>
public sealed record ReviewerDay(string ScopeName, int Officials, int Enrolled, int Completed, int? Certified, decimal? AttendanceRate, string ReportUrl);

/// <summary>The admin's accounts at a glance.</summary>
public sealed record AdminDay(int Accounts, int Officials, int Staff);
