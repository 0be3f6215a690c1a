using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Competencies;

namespace SmartVillage.Learning.Seeding.Synthetic;

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
        // The content's courses come first: the synthetic ones only bring a real catalogue up to DESIGN.md §7's twelve.
        if (!await db.Courses.AnyAsync(c => !c.Slug.StartsWith(SyntheticCourses.SlugPrefix), ct))
            throw new DomainException("Belum ada kursus; jalankan content import dulu.");

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
        // EF writes the synthetic courses through the domain objects in the same transaction, so a failure leaves nothing.
        await db.Database.UseTransactionAsync(transaction, ct);
        var coursesAdded = await SyntheticCourses.EnsureAsync(db, now, ct);
        var courses = await db.Courses.OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.TrackCode, c.Title, Lessons = c.Lessons.OrderBy(l => l.Id).Select(l => l.Id).ToList() }).ToListAsync(ct);
        var data = new SyntheticData(connection, transaction, random, now);

        InsertOfficials(data, chosen, officialsPerVillage, officialRole, seed);
        var completions = InsertEnrollments(data, courses.Select(c => (c.Id, c.Lessons)).ToList());
        var (workshops, registrations, marks) = InsertWorkshops(data, courses.Select(c => (c.Id, c.TrackCode, c.Title)).ToList(), chosen.Count);
        var stepSummaries = new List<string> { $"{courses.Count} courses ({coursesAdded} synthetic added)" };
        foreach (var step in steps) stepSummaries.Add(await step.RunAsync(data, ct));
        await transaction.CommitAsync(ct);
        // The reports read attendance counts and levels from stored copies, which the seed's raw inserts bypassed.
        await using (var counts = await dbFactory.CreateDbContextAsync(ct)) await RegistrationAttendance.RecountAsync(counts, null, ct);
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

    /// <summary>
    /// Each official in 3–10 courses (6.5 on average: the province enrols its cohorts in most of the catalogue); one
    /// enrollment in seven is finished (every lesson read, as self-paced courses go), the others stop part-way and never
    /// read the last lesson, so an enrollment is complete exactly when it says so.
    /// </summary>
    private static int InsertEnrollments(SyntheticData data, IReadOnlyList<(int Id, List<int> Lessons)> courses)
    {
        const int fewestCourses = 3, mostCourses = 10;
        const double finishedShare = 0.14;
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
            var count = Math.Min(courses.Count, data.Random.Next(fewestCourses, mostCourses + 1));
            data.Random.Shuffle(order);
            foreach (var index in order.Take(count))
            {
                var course = courses[index];
                var enrolledAt = data.Now.AddDays(-data.Random.Next(20, 360)).AddMinutes(data.Random.Next(1440));
                var finished = data.Random.NextDouble() < finishedShare && course.Lessons.Count > 0;
                var read = finished ? course.Lessons.Count : data.Random.Next(course.Lessons.Count);
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
                data.Enrollments.Add(new SyntheticEnrollment(official.Id, course.Id, finished, enrolledAt, read, course.Lessons.Count, at));
            }
        }
        return completions;
    }

    private sealed record PlannedWorkshop(string Regency, (int Id, string Track, string Title) Course, DateTime FirstDay, int Days)
    {
        public List<SyntheticOfficial> Registrants { get; } = [];
    }

    /// <summary>
    /// Workshops (bimtek) of four to six past days, a morning and an afternoon session each day, spread over the regencies by
    /// their number of officials (at least three each when there are enough). Each official registers for one to three
    /// (1.9 on average), their own regency's first, and gets a roster mark for every session (≈500,000 at full scale).
    /// How often a participant comes is their own habit: a few never come, the others attend between about a third and
    /// every session, so about one in three reaches the 80% that a certificate takes.
    /// </summary>
    private static (int Workshops, int Registrations, int Marks) InsertWorkshops(SyntheticData data, IReadOnlyList<(int Id, string Track, string Title)> courses, int villageCount)
    {
        var count = Math.Max(1, (int)Math.Round((double)FullScaleWorkshops * villageCount / 2651));
        var byRegency = data.Officials.GroupBy(o => o.RegencyCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var planned = new List<PlannedWorkshop>();
        foreach (var (regency, share) in Allocate(count, byRegency.Select(g => (g.Key, g.Count())).ToList()))
        {
            for (var k = 0; k < share; k++)
                planned.Add(new PlannedWorkshop(regency, courses[planned.Count % courses.Count], data.Now.AddDays(-data.Random.Next(14, 330)).Date, data.Random.Next(4, 7)));
        }
        var ofRegency = planned.Select((w, i) => (w.Regency, i)).GroupBy(x => x.Regency).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        var picked = new List<int>(3);
        foreach (var official in data.Officials)
        {
            var roll = data.Random.NextDouble();
            var wanted = Math.Min(planned.Count, roll < 0.25 ? 1 : roll < 0.85 ? 2 : 3);
            picked.Clear();
            var own = ofRegency.GetValueOrDefault(official.RegencyCode) ?? [];
            data.Random.Shuffle(own);
            picked.AddRange(own.Take(wanted));
            // A regency with fewer workshops than the official wants sends them to a neighbour's (only at small scale).
            while (picked.Count < wanted)
            {
                var other = data.Random.Next(planned.Count);
                if (!picked.Contains(other)) picked.Add(other);
            }
            foreach (var index in picked) planned[index].Registrants.Add(official);
        }

        using var workshop = data.Command("""
            INSERT INTO Workshops (Title, TrackCode, CourseId, RegencyCode, Venue, Capacity, CompletionThreshold, Status, CreatedAt, UpdatedAt, RowVersion)
            VALUES ($title, $track, $course, $regency, 'Aula kantor kabupaten', $capacity, $threshold, 'Published', $at, $at, $version) RETURNING Id
            """);
        var w = Parameters(workshop, "$title", "$track", "$course", "$regency", "$capacity", "$threshold", "$at", "$version");
        using var session = data.Command("""
            INSERT INTO WorkshopSessions (WorkshopId, StartsAt, EndsAt, Topic, LessonHours, AttendanceSecret)
            VALUES ($workshop, $starts, $ends, $topic, $hours, $secret) RETURNING Id
            """);
        var s = Parameters(session, "$workshop", "$starts", "$ends", "$topic", "$hours", "$secret");
        using var registration = data.Command("""
            INSERT INTO Registrations (WorkshopId, UserId, Status, SeatNumber, RegisteredAt, MarkedSessions, PresentSessions)
            VALUES ($workshop, $user, 'Registered', $seat, $at, 0, 0)
            """);
        var g = Parameters(registration, "$workshop", "$user", "$seat", "$at");
        using var mark = data.Command("""
            INSERT INTO AttendanceMarks (SessionId, UserId, Status, Source, MarkedAt)
            VALUES ($session, $user, $status, 'Roster', $at)
            """);
        var m = Parameters(mark, "$session", "$user", "$status", "$at");

        const int threshold = Workshop.DefaultCompletionThreshold;
        int registrations = 0, marks = 0;
        for (var i = 0; i < planned.Count; i++)
        {
            var plan = planned[i];
            w[0].Value = $"Bimtek {plan.Course.Title} #{i + 1}";
            w[1].Value = plan.Course.Track;
            w[2].Value = plan.Course.Id;
            w[3].Value = plan.Regency;
            // Room for everyone registered, in whole rows of 25 chairs.
            w[4].Value = Math.Max(25, (plan.Registrants.Count + 24) / 25 * 25);
            w[5].Value = threshold;
            w[6].Value = Sql(data.Now.AddDays(-340));
            w[7].Value = RandomGuid(data.Random).ToString().ToUpperInvariant();
            var workshopId = Convert.ToInt32(workshop.ExecuteScalar(), CultureInfo.InvariantCulture);
            var sessionIds = new List<(int Id, DateTimeOffset Starts)>();
            for (var d = 0; d < plan.Days; d++)
            {
                // 08.00–12.00 and 13.00–16.00 WIB (UTC+7) on consecutive days: 4 + 3 JP.
                foreach (var (startHour, hours, part) in new[] { (1, 4, "pagi"), (6, 3, "siang") })
                {
                    var starts = new DateTimeOffset(plan.FirstDay.AddDays(d).AddHours(startHour), TimeSpan.Zero);
                    s[0].Value = workshopId;
                    s[1].Value = Sql(starts);
                    s[2].Value = Sql(starts.AddHours(hours));
                    s[3].Value = $"Hari {d + 1}, sesi {part}";
                    s[4].Value = hours;
                    s[5].Value = Convert.ToBase64String(BitConverter.GetBytes(data.Random.NextInt64()));
                    sessionIds.Add((Convert.ToInt32(session.ExecuteScalar(), CultureInfo.InvariantCulture), starts));
                }
            }
            var seat = 0;
            foreach (var official in plan.Registrants)
            {
                seat++;
                g[0].Value = workshopId;
                g[1].Value = official.Id;
                g[2].Value = seat;
                g[3].Value = Sql(sessionIds[0].Starts.AddDays(-data.Random.Next(3, 30)));
                registration.ExecuteNonQuery();
                registrations++;
                // One in twelve never comes; the others come to each session with their own likelihood of 35–100%.
                var likelihood = data.Random.NextDouble() < 1.0 / 12 ? 0.03 : 0.35 + 0.65 * data.Random.NextDouble();
                var present = 0;
                foreach (var (sessionId, starts) in sessionIds)
                {
                    string status;
                    var minutes = data.Random.Next(0, 15);
                    if (data.Random.NextDouble() < likelihood)
                    {
                        var late = data.Random.NextDouble() < 0.12;
                        status = late ? "Late" : "Present";
                        if (late) minutes = data.Random.Next(20, 90);
                        present++;
                    }
                    else
                    {
                        var roll = data.Random.NextDouble();
                        status = roll < 0.35 ? "Excused" : roll < 0.6 ? "Sick" : "Absent";
                    }
                    m[0].Value = sessionId;
                    m[1].Value = official.Id;
                    m[2].Value = status;
                    m[3].Value = Sql(starts.AddMinutes(minutes));
                    mark.ExecuteNonQuery();
                    marks++;
                }
                // The certificate rule (CertificateEligibility.ForWorkshop): Present and Late count, Izin and Sakit do not.
                if (present * 100 >= threshold * sessionIds.Count) data.AttendedWorkshops.Add((official.Id, workshopId));
            }
        }
        return (planned.Count, registrations, marks);
    }

    /// <summary>
    /// Splits <paramref name="count"/> workshops over the regencies by their number of officials (largest remainder),
    /// after giving each three when there are enough for that.
    /// </summary>
    private static IEnumerable<(string Regency, int Count)> Allocate(int count, IReadOnlyList<(string Regency, int Officials)> regencies)
    {
        var floor = count >= 3 * regencies.Count ? 3 : 0;
        var rest = count - floor * regencies.Count;
        var total = regencies.Sum(r => r.Officials);
        var quotas = regencies.Select(r => (r.Regency, Exact: (double)rest * r.Officials / total)).ToList();
        var shares = quotas.ToDictionary(q => q.Regency, q => floor + (int)Math.Floor(q.Exact));
        var left = count - shares.Values.Sum();
        foreach (var q in quotas.OrderByDescending(q => q.Exact - Math.Floor(q.Exact)).ThenBy(q => q.Regency, StringComparer.Ordinal).Take(left))
            shares[q.Regency]++;
        return regencies.Select(r => (r.Regency, shares[r.Regency])).Where(r => r.Item2 > 0);
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
