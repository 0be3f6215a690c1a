namespace SmartVillage.Domain.Mentoring;

/// <summary>
/// A mentor (pendamping) accompanies one official, or a whole village: then every official of that village,
/// including officials added to it later. Exactly one of <see cref="OfficialId"/> and <see cref="VillageCode"/> is set.
/// </summary>
public sealed class MentorAssignment
{
    private MentorAssignment() { }

    private MentorAssignment(string mentorId, string? officialId, string? villageCode, string? assignedById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(mentorId)) throw new DomainException("Pilih pendamping.");
        MentorId = mentorId;
        OfficialId = officialId;
        VillageCode = villageCode;
        AssignedById = assignedById;
        AssignedAt = now;
    }

    public static MentorAssignment ForOfficial(string mentorId, string officialId, string? assignedById, DateTimeOffset now) =>
        string.IsNullOrWhiteSpace(officialId) ? throw new DomainException("Pilih aparatur yang didampingi.")
            : new(mentorId, officialId, null, assignedById, now);

    public static MentorAssignment ForVillage(string mentorId, string villageCode, string? assignedById, DateTimeOffset now) =>
        string.IsNullOrWhiteSpace(villageCode) ? throw new DomainException("Pilih desa/pekon yang didampingi.")
            : new(mentorId, null, villageCode.Trim(), assignedById, now);

    public int Id { get; private set; }
    public string MentorId { get; private set; } = "";
    public string? OfficialId { get; private set; }
    public string? VillageCode { get; private set; }
    public string? AssignedById { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
}
