namespace SmartVillage.Domain.Attendance;

/// <summary>When a session takes check-ins, and when a check-in is late.</summary>
public sealed record CheckInRules(TimeSpan OpensBeforeStart, TimeSpan LateAfter)
{
    public static CheckInRules Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));

    /// <summary>Why a check-in is refused at <paramref name="now"/>, or null when the session is open.</summary>
    public string? Refusal(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (now < startsAt - OpensBeforeStart)
            return $"Sesi ini belum dibuka untuk absen. Absen dibuka {OpensBeforeStart.TotalMinutes:0} menit sebelum sesi dimulai.";
        if (now >= endsAt) return "Sesi ini sudah ditutup; absen tidak dapat lagi dicatat. Hubungi pelatih bila Anda hadir.";
        return null;
    }

    /// <summary>Hadir up to the grace after the start, Terlambat after it.</summary>
    public AttendanceStatus StatusAt(DateTimeOffset startsAt, DateTimeOffset now) =>
        now > startsAt + LateAfter ? AttendanceStatus.Late : AttendanceStatus.Present;
}
