using System.Security.Cryptography;

namespace SmartVillage.Domain.Workshops;

/// <summary>
/// One sitting of a workshop (usually one day): start and end stored in UTC, shown in WIB. Each session
/// has its own random secret from which the rotating check-in code is derived (<see cref="Attendance.RotatingCode"/>).
/// </summary>
public sealed class WorkshopSession
{
    private WorkshopSession() { }

    internal WorkshopSession(DateTimeOffset startsAt, DateTimeOffset endsAt, string topic, int lessonHours)
    {
        Reschedule(startsAt, endsAt, topic, lessonHours);
        AttendanceSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(20));
    }

    public int Id { get; private set; }
    public int WorkshopId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string Topic { get; private set; } = "";

    /// <summary>JP: 45-minute teaching hours of this session.</summary>
    public int LessonHours { get; private set; }

    /// <summary>Base64 of 20 random bytes; never shown, never logged.</summary>
    public string AttendanceSecret { get; private set; } = "";

    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string topic, int lessonHours)
    {
        if (endsAt <= startsAt) throw new DomainException("Jam selesai sesi harus setelah jam mulai.");
        if (endsAt - startsAt > TimeSpan.FromHours(16)) throw new DomainException("Satu sesi paling lama 16 jam; bagi menjadi beberapa sesi.");
        if (lessonHours is < 0 or > 20) throw new DomainException("JP sesi antara 0 dan 20.");
        if (string.IsNullOrWhiteSpace(topic)) throw new DomainException("Topik sesi wajib diisi.");
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Topic = topic.Trim();
        LessonHours = lessonHours;
    }

    public bool HasStarted(DateTimeOffset now) => now >= StartsAt;

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;
}
