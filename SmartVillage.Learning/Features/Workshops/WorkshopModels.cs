using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>What a trainer fills in for a workshop; dates and times in WIB.</summary>
public sealed class WorkshopForm
{
    public string Title { get; set; } = "";
    public string TrackCode { get; set; } = "MP";
    public int? CourseId { get; set; }
    public string? RegencyCode { get; set; }
    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    public int Capacity { get; set; } = 40;
    public DateTime? RegistrationOpens { get; set; }
    public DateTime? RegistrationCloses { get; set; }
    public int CompletionThreshold { get; set; } = Workshop.DefaultCompletionThreshold;

    /// <summary>A course's post-test that officials must also pass for the certificate; null: attendance alone.</summary>
    public int? PostTestQuizId { get; set; }

    public Guid? RowVersion { get; set; }
}

/// <summary>One session as typed: a WIB date, start and end time, topic, JP.</summary>
public sealed class SessionForm
{
    public DateTime? Date { get; set; }
    public TimeSpan? Starts { get; set; } = new(8, 0, 0);
    public TimeSpan? Ends { get; set; } = new(16, 0, 0);
    public string Topic { get; set; } = "";
    public int LessonHours { get; set; } = 8;
}

public sealed record WorkshopSummary(int Id, string Title, string TrackCode, string RegencyName, string Place, int Capacity, int Registered,
    int Waitlisted, WorkshopStatus Status, DateTimeOffset? FirstDay, DateTimeOffset? LastDay, bool IsOwner);

public sealed record SessionView(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Topic, int LessonHours);

/// <summary>A session a trainer runs soon, with the seats taken in its workshop.</summary>
public sealed record UpcomingSession(int SessionId, int WorkshopId, string WorkshopTitle, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Topic, int Seated)
{
    public string RosterUrl => $"/trainer/sessions/{SessionId}/roster";
    public string QrUrl => $"/trainer/sessions/{SessionId}/qr";
}

public sealed record RegistrantView(string UserId, string FullName, string? Phone, string? Position, string? VillageName,
    RegistrationStatus Status, int? SeatNumber, int? WaitlistPosition, DateTimeOffset RegisteredAt);

public sealed record WorkshopDetail(int Id, WorkshopForm Form, string RegencyName, WorkshopStatus Status, IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<RegistrantView> Registrants, IReadOnlyList<string> TrainerNames);

/// <summary>What an official sees of a published workshop, with their own place in it.</summary>
public sealed record OpenWorkshop(int Id, string Title, string TrackCode, string RegencyName, string Place, int Capacity, int SeatsTaken,
    int Waitlisted, IReadOnlyList<SessionView> Sessions, RegistrationStatus? MyStatus, int? MyWaitlistPosition, string? RegistrationRefusal);

/// <summary>The outcome of registering: a seat, or a place on the waitlist.</summary>
public sealed record RegistrationOutcome(RegistrationStatus Status, int? SeatNumber, int? WaitlistPosition)
{
    public string Message => Status == RegistrationStatus.Registered
        ? "Anda terdaftar di bimtek ini."
        : $"Kursi sudah penuh; Anda di daftar tunggu nomor {WaitlistPosition}. Anda otomatis mendapat kursi bila ada yang batal.";
}

public sealed record CohortRegistration(int Registered, int Waitlisted, int AlreadyIn);

/// <summary>An official's own workshop: sessions with their marks, and the rate so far.</summary>
/// <param name="Finished">Every session is over: the registration is history and can no longer be cancelled.</param>
public sealed record MyWorkshop(int Id, string Title, string Place, RegistrationStatus Status, int? WaitlistPosition, int CompletionThreshold,
    IReadOnlyList<MySession> Sessions, AttendanceRate Rate, bool Completed, bool Finished);

public sealed record MySession(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Topic, AttendanceStatus? Mark, string? Note);

/// <summary>A post-test a workshop may require: "Course — Quiz".</summary>
public sealed record PostTestChoice(int QuizId, string Label);
