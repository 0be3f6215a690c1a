using Microsoft.Extensions.Options;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Seeding.Synthetic;

/// <summary>
/// Valid certificates for `seed synthetic`, as the issuer would have made them: one per completed enrollment (every lesson
/// read; learners who took the post-test part-way through get none) whose post-test outcome (the stored gain) reached the
/// post-test's passing score, and one per attended workshop
/// (<see cref="SyntheticData.AttendedWorkshops"/>). Numbered in issue order per year with the default number format
/// (continuing the year's counter, which is left at the last number), with a verification code in the real alphabet drawn from the
/// seeded Random. Runs after <see cref="SyntheticAttempts"/>.
/// </summary>
public sealed class SyntheticCertificates(IOptions<CertificateOptions> options) : ISyntheticSeedStep
{
    private sealed record Subject(string Title, string TrackCode, string TrackTitle, int LessonHours, string? RegencyCode);

    private sealed record Holder(string Name, string? Position, string? Village, string? Regency, string? RegencyCode);

    private sealed record Pending(string UserId, CertificateKind Kind, int SubjectId, decimal? Score, DateTimeOffset CompletedAt);

    public async Task<string> RunAsync(SyntheticData data, CancellationToken ct)
    {
        var baseUrl = (options.Value.PublicBaseUrl ?? "https://smartvillage.lampungprov.go.id").Trim().TrimEnd('/');
        var settings = CertificateSettings.Default();
        var courses = await ReadAsync(data, """
            SELECT c.Id, c.Title, c.TrackCode, t.Title, c.LessonHours, NULL FROM Courses c JOIN Tracks t ON t.Code = c.TrackCode
            """, ct);
        var workshops = await ReadAsync(data, """
            SELECT w.Id, w.Title, w.TrackCode, t.Title, (SELECT COALESCE(SUM(s.LessonHours), 0) FROM WorkshopSessions s WHERE s.WorkshopId = w.Id), w.RegencyCode
            FROM Workshops w JOIN Tracks t ON t.Code = w.TrackCode
            """, ct);
        var holders = new Dictionary<string, Holder>(StringComparer.Ordinal);
        using (var read = data.Command("""
            SELECT u.Id, u.FullName, u.Position, v.Name, v.IsUrbanWard, r.VillageTerm, r.Name, r.Code
            FROM AspNetUsers u JOIN Villages v ON v.Code = u.VillageCode JOIN Districts d ON d.Code = v.DistrictCode JOIN Regencies r ON r.Code = d.RegencyCode
            WHERE u.Email LIKE '%@' || $domain
            """))
        {
            var domain = read.CreateParameter();
            domain.ParameterName = "$domain";
            domain.Value = SyntheticDataSeeder.EmailDomain;
            read.Parameters.Add(domain);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var position = reader.IsDBNull(2) ? null : OfficialPositions.Label(Enum.Parse<OfficialPosition>(reader.GetString(2)));
                var village = $"{(reader.GetBoolean(4) ? "Kelurahan" : reader.GetString(5))} {reader.GetString(3)}";
                holders[reader.GetString(0)] = new Holder(reader.GetString(1), position, village, reader.GetString(6), reader.GetString(7));
            }
        }

        var pending = new List<Pending>();
        using (var read = data.Command("""
            SELECT g.UserId, g.CourseId, g.PostScore, g.UpdatedAt FROM LearningGains g
            JOIN Quizzes q ON q.CourseId = g.CourseId AND q.Purpose = 'PostTest'
            JOIN Enrollments e ON e.UserId = g.UserId AND e.CourseId = g.CourseId
            WHERE e.CompletedAt IS NOT NULL AND g.PostScore IS NOT NULL AND CAST(g.PostScore AS REAL) >= q.PassingScore
            ORDER BY g.UserId, g.CourseId
            """))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                pending.Add(new Pending(reader.GetString(0), CertificateKind.Course, reader.GetInt32(1),
                    decimal.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture)));
        }
        var workshopEnds = new Dictionary<int, DateTimeOffset>();
        using (var read = data.Command("SELECT WorkshopId, MAX(EndsAt) FROM WorkshopSessions GROUP BY WorkshopId"))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                workshopEnds[reader.GetInt32(0)] = DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
        }
        pending.AddRange(data.AttendedWorkshops.Where(w => workshopEnds.ContainsKey(w.WorkshopId))
            .Select(w => new Pending(w.UserId, CertificateKind.Workshop, w.WorkshopId, null, workshopEnds[w.WorkshopId])));
        // Issue order: by when the certificate was earned (the issuer runs on completion), so numbers rise with dates.
        pending = pending.OrderBy(p => p.CompletedAt).ThenBy(p => p.UserId, StringComparer.Ordinal).ThenBy(p => p.Kind).ThenBy(p => p.SubjectId).ToList();

        using var insert = data.Command("""
            INSERT INTO Certificates (UserId, Kind, CourseId, WorkshopId, SubjectKey, Year, Sequence, Revision, Number, VerificationCode, Status,
                IssuedAt, HolderName, HolderPosition, VillageName, RegencyName, Title, TrackTitle, LessonHours, ScorePercent, CompletedOn, IssuedOn,
                IssuingPlace, IssuingBody, SignatoryName, SignatoryTitle, SignatoryNip, VerifyUrl)
            VALUES ($user, $kind, $course, $workshop, $subject, $year, $seq, 0, $number, $code, 'Valid',
                $issuedAt, $name, $position, $village, $regency, $title, $track, $hours, $score, $completed, $issuedOn,
                $place, $body, $signatory, $signatoryTitle, $nip, $url)
            """);
        var p = SyntheticDataSeeder.Parameters(insert, "$user", "$kind", "$course", "$workshop", "$subject", "$year", "$seq", "$number", "$code",
            "$issuedAt", "$name", "$position", "$village", "$regency", "$title", "$track", "$hours", "$score", "$completed", "$issuedOn",
            "$place", "$body", "$signatory", "$signatoryTitle", "$nip", "$url");
        // Numbers continue the year's counter (a database may hold real or demo certificates already).
        var sequences = new Dictionary<int, int>();
        using (var read = data.Command("SELECT Year, LastSequence FROM CertificateCounters"))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) sequences[reader.GetInt32(0)] = reader.GetInt32(1);
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var issued = 0;
        foreach (var item in pending)
        {
            if (!holders.TryGetValue(item.UserId, out var holder)) continue;
            var subject = item.Kind == CertificateKind.Course ? courses.GetValueOrDefault(item.SubjectId) : workshops.GetValueOrDefault(item.SubjectId);
            if (subject is null) continue;
            var issuedAt = item.CompletedAt.AddMinutes(1);
            var issuedOn = DateOnly.FromDateTime(issuedAt.ToWib().DateTime);
            var sequence = sequences[issuedOn.Year] = sequences.GetValueOrDefault(issuedOn.Year) + 1;
            var regencyCode = holder.RegencyCode ?? subject.RegencyCode;
            var number = CertificateNumberFormat.Format(CertificateNumberFormat.Default, sequence, subject.TrackCode, RegencyShortCodes.Of(regencyCode), issuedOn);
            string code;
            do code = Code(data.Random); while (!codes.Add(code));
            p[0].Value = item.UserId;
            p[1].Value = item.Kind.ToString();
            p[2].Value = item.Kind == CertificateKind.Course ? item.SubjectId : DBNull.Value;
            p[3].Value = item.Kind == CertificateKind.Workshop ? item.SubjectId : DBNull.Value;
            p[4].Value = Certificate.SubjectKeyOf(item.Kind, item.Kind == CertificateKind.Course ? item.SubjectId : null,
                item.Kind == CertificateKind.Workshop ? item.SubjectId : null);
            p[5].Value = issuedOn.Year;
            p[6].Value = sequence;
            p[7].Value = number;
            p[8].Value = code;
            p[9].Value = SyntheticDataSeeder.Sql(issuedAt);
            p[10].Value = holder.Name;
            p[11].Value = (object?)holder.Position ?? DBNull.Value;
            p[12].Value = (object?)holder.Village ?? DBNull.Value;
            p[13].Value = (object?)holder.Regency ?? DBNull.Value;
            p[14].Value = subject.Title;
            p[15].Value = subject.TrackTitle;
            p[16].Value = subject.LessonHours;
            p[17].Value = item.Score is { } score ? SyntheticAttempts.Text(score) : DBNull.Value;
            p[18].Value = DateOnly.FromDateTime(item.CompletedAt.ToWib().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            p[19].Value = issuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            p[20].Value = settings.IssuingPlace;
            p[21].Value = settings.IssuingBody;
            p[22].Value = settings.SignatoryName;
            p[23].Value = settings.SignatoryTitle;
            p[24].Value = (object?)settings.SignatoryNip ?? DBNull.Value;
            p[25].Value = $"{baseUrl}/verify/{code}";
            await insert.ExecuteNonQueryAsync(ct);
            issued++;
        }
        foreach (var (year, last) in sequences)
        {
            using var counter = data.Command("""
                INSERT INTO CertificateCounters (Year, LastSequence) VALUES ($year, $last)
                ON CONFLICT (Year) DO UPDATE SET LastSequence = excluded.LastSequence
                """);
            SyntheticDataSeeder.Parameters(counter, "$year", "$last");
            counter.Parameters[0].Value = year;
            counter.Parameters[1].Value = last;
            await counter.ExecuteNonQueryAsync(ct);
        }
        return $"{issued} certificates";
    }

    private static async Task<Dictionary<int, Subject>> ReadAsync(SyntheticData data, string sql, CancellationToken ct)
    {
        var subjects = new Dictionary<int, Subject>();
        using var read = data.Command(sql);
        await using var reader = await read.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            subjects[reader.GetInt32(0)] = new Subject(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5));
        return subjects;
    }

    /// <summary>A code in <see cref="VerificationCode.Alphabet"/> from the seeded Random (the real issuer draws from the system RNG).</summary>
    private static string Code(Random random)
    {
        Span<char> text = stackalloc char[VerificationCode.Length];
        for (var i = 0; i < text.Length; i++) text[i] = VerificationCode.Alphabet[random.Next(VerificationCode.Alphabet.Length)];
        return new string(text);
    }
}
