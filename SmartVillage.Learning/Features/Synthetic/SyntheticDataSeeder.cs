using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Competencies;

namespace SmartVillage.Learning.Features.Synthetic;

/// <summary>
/// `seed synthetic`: a deterministic province-scale data set over the real Lampung villages for reports and
/// benchmarks (DESIGN.md §7). Rows go in through prepared ADO.NET commands in one SQLite transaction (EF change
/// tracking would take hours at this size); officials get no password and cannot sign in.
/// </summary>
public sealed class SyntheticDataSeeder(IDbContextFactory<LearningDbContext> dbFactory, IEnumerable<ISyntheticSeedStep> steps, EarnedEvidenceRefresher evidence,
    TimeProvider clock)
{
    public const string EmailDomain = "synthetic.test";

    /// <summary>Workshops at full scale (150 over 2,651 villages); fewer villages get proportionally fewer, at least one.</summary>
    public const int FullScaleWorkshops = 150;

    private static readonly OfficialPosition[] Positions = Enum.GetValues<OfficialPosition>();
    private static readonly string[] Given = ["Ahmad", "Budi", "Citra", "Dewi", "Eka", "Fitri", "Hendra", "Indah", "Joko", "Kartini", "Lestari", "Made", "Nur", "Putri", "Rahmat", "Sari", "Tono", "Wayan", "Yanti", "Zainal"];
    private static readonly string[] Family = ["Saputra", "Wijaya", "Lestari", "Hidayat", "Pratama", "Anggraini", "Kurniawan", "Rahmawati", "Setiawan", "Handayani"];

    public sealed record Summary(int Villages, int Officials, int Enrollments, int LessonCompletions, int Workshops, int Registrations, int AttendanceMarks,
        IReadOnlyList<string> Steps, TimeSpan Elapsed)
    {
        public override string ToString() =>
            $"{Villages} villages, {Officials} officials, {Enrollments} enrollments, {LessonCompletions} lesson completions, {Workshops} workshops, " +
            $"{Registrations} registrations, {AttendanceMarks} attendance marks{string.Concat(Steps.Select(s => "; " + s))} in {Elapsed.TotalSeconds:0.0} s";
    }

    public async Task<Summary> SeedAsync(int villageCount, int officialsPerVillage, int seed, CancellationToken ct = default)
    {
        if (villageCount < 1 || officialsPerVillage < 1) throw new DomainException("--villages dan --officials-per-village harus lebih dari 0.");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite()) throw new DomainException("seed synthetic hanya untuk SQLite (data uji dan benchmark).");
        if (await db.Users.AnyAsync(u => u.Email != null && u.Email.EndsWith("@" + EmailDomain), ct))
            throw new DomainException("Data sintetis sudah ada di basis data ini; pakai basis data baru.");
        var villages = await db.Villages.OrderBy(v => v.Code).Select(v => v.Code).ToListAsync(ct);
        if (villageCount > villages.Count) throw new DomainException($"Lampung punya {villages.Count} desa; --villages paling banyak {villages.Count}.");
        var officialRole = await db.Roles.Where(r => r.Name == Roles.Official).Select(r => r.Id).SingleAsync(ct);
        var courses = await db.Courses.OrderBy(c => c.Id).Select(c => new { c.Id, c.TrackCode, c.Title, Lessons = c.Lessons.Select(l => l.Id).ToList() }).ToListAsync(ct);
        if (courses.Count == 0) throw new DomainException("Belum ada kursus; jalankan content import dulu.");

        var random = new Random(seed);
        // A spread over the province: every k-th village, so a small N still touches many regencies.
        var chosen = Enumerable.Range(0, villageCount).Select(i => villages[(int)((long)i * villages.Count / villageCount)]).ToList();
        var now = clock.GetUtcNow();

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        await using var transaction = (DbTransaction)await connection.BeginTransactionAsync(ct);
        var data = new SyntheticData(connection, transaction, random, now);

        InsertOfficials(data, chosen, officialsPerVillage, officialRole, seed);
        var completions = InsertEnrollments(data, courses.Select(c => (c.Id, c.Lessons)).ToList());
        var (workshops, registrations, marks) = InsertWorkshops(data, courses.Select(c => (c.Id, c.TrackCode, c.Title)).ToList(), chosen.Count);
        var stepSummaries = new List<string>();
        foreach (var step in steps) stepSummaries.Add(await step.RunAsync(data, ct));
        await transaction.CommitAsync(ct);
        // The reports read levels from the stored evidence, which the seed's raw inserts bypassed.
        stepSummaries.Add($"{await evidence.RebuildAsync(ct)} competency evidence rows");
        return new Summary(chosen.Count, data.Officials.Count, data.Enrollments.Count, completions, workshops, registrations, marks, stepSummaries, started.Elapsed);
    }

    private static void InsertOfficials(SyntheticData data, IReadOnlyList<string> villages, int perVillage, string officialRole, int seed)
    {
        using var user = data.Command("""
            INSERT INTO AspNetUsers (Id, AccessFailedCount, BirthYear, ConcurrencyStamp, CreatedAt, Email, EmailConfirmed, FullName, Gender, LockoutEnabled,
              NormalizedEmail, NormalizedUserName, PhoneNumberConfirmed, Position, PreferredCulture, SecurityStamp, TwoFactorEnabled, UserName, VillageCode)
            VALUES ($id, 0, $birth, $stamp, $now, $email, 1, $name, $gender, 1, $norm, $norm, 0, $position, 'id', $stamp, 0, $email, $village)
            """);
        var p = Parameters(user, "$id", "$birth", "$stamp", "$now", "$email", "$name", "$gender", "$norm", "$position", "$village");
        using var role = data.Command("INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ($id, $role)");
        var r = Parameters(role, "$id", "$role");
        r[1].Value = officialRole;
        var number = 0;
        foreach (var village in villages)
        {
            for (var i = 0; i < perVillage; i++)
            {
                number++;
                var id = $"syn-{seed}-{number:D6}";
                var email = $"aparatur{number:D6}.s{seed}@{EmailDomain}";
                var position = Positions[i % Positions.Length];
                var female = data.Random.NextDouble() < 0.36;
                p[0].Value = id;
                p[1].Value = 1965 + data.Random.Next(35);
                p[2].Value = RandomGuid(data.Random).ToString("N");
                p[3].Value = Sql(data.Now);
                p[4].Value = email;
                p[5].Value = $"{Given[data.Random.Next(Given.Length)]} {Family[data.Random.Next(Family.Length)]}";
                p[6].Value = (female ? Gender.Female : Gender.Male).ToString();
                p[7].Value = email.ToUpperInvariant();
                p[8].Value = position.ToString();
                p[9].Value = village;
                user.ExecuteNonQuery();
                r[0].Value = id;
                role.ExecuteNonQuery();
                data.Officials.Add(new SyntheticOfficial(id, village, village[..5]));
            }
        }
    }

    /// <summary>Each official in 0–5 courses (2.5 on average); about half finish (every lesson completed), the rest read a part.</summary>
    private static int InsertEnrollments(SyntheticData data, IReadOnlyList<(int Id, List<int> Lessons)> courses)
    {
        using var enrollment = data.Command("""
            INSERT INTO Enrollments (CourseId, UserId, Source, EnrolledAt, LastLessonId, LastVisitedAt, CompletedAt)
            VALUES ($course, $user, 'Cohort', $at, $last, $visited, $completed)
            """);
        var e = Parameters(enrollment, "$course", "$user", "$at", "$last", "$visited", "$completed");
        using var completion = data.Command("INSERT INTO LessonCompletions (UserId, LessonId, CompletedAt) VALUES ($user, $lesson, $at)");
        var c = Parameters(completion, "$user", "$lesson", "$at");
        var completions = 0;
        var order = Enumerable.Range(0, courses.Count).ToArray();
        foreach (var official in data.Officials)
        {
            var count = Math.Min(courses.Count, data.Random.Next(6));
            data.Random.Shuffle(order);
            foreach (var index in order.Take(count))
            {
                var course = courses[index];
                var enrolledAt = data.Now.AddDays(-data.Random.Next(20, 360)).AddMinutes(data.Random.Next(1440));
                var finished = data.Random.NextDouble() < 0.5 && course.Lessons.Count > 0;
                var read = finished ? course.Lessons.Count : data.Random.Next(course.Lessons.Count + 1);
                var at = enrolledAt;
                for (var l = 0; l < read; l++)
                {
                    at = at.AddHours(data.Random.Next(2, 96));
                    c[0].Value = official.Id;
                    c[1].Value = course.Lessons[l];
                    c[2].Value = Sql(at);
                    completion.ExecuteNonQuery();
                    completions++;
                }
                e[0].Value = course.Id;
                e[1].Value = official.Id;
                e[2].Value = Sql(enrolledAt);
                e[3].Value = read > 0 ? course.Lessons[read - 1] : DBNull.Value;
                e[4].Value = read > 0 ? Sql(at) : DBNull.Value;
                e[5].Value = finished ? Sql(at) : DBNull.Value;
                enrollment.ExecuteNonQuery();
                data.Enrollments.Add(new SyntheticEnrollment(official.Id, course.Id, finished, enrolledAt));
            }
        }
        return completions;
    }

    /// <summary>
    /// Workshops of three past days in the regencies of the chosen villages; about 63% of a regency's officials
    /// register for each of its workshops and get a mark per session (≈500,000 marks at full scale).
    /// </summary>
    private static (int Workshops, int Registrations, int Marks) InsertWorkshops(SyntheticData data, IReadOnlyList<(int Id, string Track, string Title)> courses, int villageCount)
    {
        const int sessionsPerWorkshop = 3;
        var count = Math.Max(1, (int)Math.Round((double)FullScaleWorkshops * villageCount / 2651));
        var regencies = data.Officials.Select(o => o.RegencyCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var byRegency = data.Officials.GroupBy(o => o.RegencyCode).ToDictionary(g => g.Key, g => g.ToList());

        using var workshop = data.Command("""
            INSERT INTO Workshops (Title, TrackCode, CourseId, RegencyCode, Venue, Capacity, CompletionThreshold, Status, CreatedAt, UpdatedAt, RowVersion)
            VALUES ($title, $track, $course, $regency, 'Aula kantor kabupaten', 2000, 80, 'Published', $at, $at, $version) RETURNING Id
            """);
        var w = Parameters(workshop, "$title", "$track", "$course", "$regency", "$at", "$version");
        using var session = data.Command("""
            INSERT INTO WorkshopSessions (WorkshopId, StartsAt, EndsAt, Topic, LessonHours, AttendanceSecret)
            VALUES ($workshop, $starts, $ends, $topic, 8, $secret) RETURNING Id
            """);
        var s = Parameters(session, "$workshop", "$starts", "$ends", "$topic", "$secret");
        using var registration = data.Command("""
            INSERT INTO Registrations (WorkshopId, UserId, Status, SeatNumber, RegisteredAt)
            VALUES ($workshop, $user, 'Registered', $seat, $at)
            """);
        var g = Parameters(registration, "$workshop", "$user", "$seat", "$at");
        using var mark = data.Command("""
            INSERT INTO AttendanceMarks (SessionId, UserId, Status, Source, MarkedAt)
            VALUES ($session, $user, $status, 'Roster', $at)
            """);
        var m = Parameters(mark, "$session", "$user", "$status", "$at");

        int registrations = 0, marks = 0;
        for (var i = 0; i < count; i++)
        {
            var course = courses[i % courses.Count];
            var regency = regencies[i % regencies.Count];
            var firstDay = data.Now.AddDays(-data.Random.Next(14, 330)).Date;
            w[0].Value = $"Bimtek {course.Title} #{i + 1}";
            w[1].Value = course.Track;
            w[2].Value = course.Id;
            w[3].Value = regency;
            w[4].Value = Sql(data.Now.AddDays(-340));
            w[5].Value = RandomGuid(data.Random).ToString().ToUpperInvariant();
            var workshopId = Convert.ToInt32(workshop.ExecuteScalar(), CultureInfo.InvariantCulture);
            var sessionIds = new List<(int Id, DateTimeOffset Starts)>();
            for (var d = 0; d < sessionsPerWorkshop; d++)
            {
                // 08.00–16.00 WIB on consecutive days.
                var starts = new DateTimeOffset(firstDay.AddDays(d).AddHours(1), TimeSpan.Zero);
                s[0].Value = workshopId;
                s[1].Value = Sql(starts);
                s[2].Value = Sql(starts.AddHours(8));
                s[3].Value = $"Hari {d + 1}";
                s[4].Value = Convert.ToBase64String(BitConverter.GetBytes(data.Random.NextInt64()));
                sessionIds.Add((Convert.ToInt32(session.ExecuteScalar(), CultureInfo.InvariantCulture), starts));
            }
            var seat = 0;
            foreach (var official in byRegency[regency])
            {
                if (data.Random.NextDouble() >= 0.63 || seat >= 2000) continue;
                seat++;
                g[0].Value = workshopId;
                g[1].Value = official.Id;
                g[2].Value = seat;
                g[3].Value = Sql(sessionIds[0].Starts.AddDays(-data.Random.Next(3, 30)));
                registration.ExecuteNonQuery();
                registrations++;
                var present = 0;
                foreach (var (sessionId, starts) in sessionIds)
                {
                    var roll = data.Random.NextDouble();
                    var status = roll < 0.75 ? "Present" : roll < 0.83 ? "Late" : roll < 0.88 ? "Excused" : roll < 0.92 ? "Sick" : "Absent";
                    if (status is "Present" or "Late") present++;
                    m[0].Value = sessionId;
                    m[1].Value = official.Id;
                    m[2].Value = status;
                    m[3].Value = Sql(starts.AddMinutes(data.Random.Next(0, 40)));
                    mark.ExecuteNonQuery();
                    marks++;
                }
                if (present * 100 >= 80 * sessionsPerWorkshop) data.AttendedWorkshops.Add((official.Id, workshopId));
            }
        }
        return (count, registrations, marks);
    }

    internal static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    internal static DbParameter[] Parameters(DbCommand command, params string[] names)
    {
        var parameters = names.Select(n =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = n;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
        return parameters;
    }

    /// <summary>The text EF Core's SQLite provider writes for a DateTimeOffset, so EF reads these rows like its own.</summary>
    public static string Sql(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
