using System.Data.Common;

namespace SmartVillage.Learning.Seeding.Synthetic;

/// <summary>What `seed synthetic` made so far, handed to each <see cref="ISyntheticSeedStep"/> with the open connection and transaction.</summary>
public sealed class SyntheticData(DbConnection connection, DbTransaction transaction, Random random, DateTimeOffset now)
{
    public DbConnection Connection { get; } = connection;
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>Seeded from --seed: use it (not a new Random) so the same arguments give the same data.</summary>
    public Random Random { get; } = random;

    public DateTimeOffset Now { get; } = now;
    public List<SyntheticOfficial> Officials { get; } = [];
    public List<SyntheticEnrollment> Enrollments { get; } = [];

    /// <summary>(UserId, WorkshopId) of officials whose attendance met the workshop's threshold.</summary>
    public List<(string UserId, int WorkshopId)> AttendedWorkshops { get; } = [];

    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}

public sealed record SyntheticOfficial(string Id, string VillageCode, string RegencyCode);

/// <summary>
/// An enrollment as the attempts step needs it: <paramref name="LessonsRead"/> of <paramref name="LessonCount"/> lessons read,
/// the last at <paramref name="LastActivity"/> (the enrollment's date when none was read); completed when all were.
/// </summary>
public sealed record SyntheticEnrollment(string UserId, int CourseId, bool Completed, DateTimeOffset EnrolledAt, int LessonsRead = 0, int LessonCount = 0,
    DateTimeOffset? LastActivity = null);
