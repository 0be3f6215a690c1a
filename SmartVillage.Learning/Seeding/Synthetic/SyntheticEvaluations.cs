using System.Data.Common;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Features.Evaluations;

namespace SmartVillage.Learning.Seeding.Synthetic;

/// <summary>
/// Evaluations and village indicators for `seed synthetic`, so the four-level report is measured on province-scale data:
/// the province template (version 1 from content, or the newest stored), one form per attended bimtek and per completed
/// course, answered (every statement, now and then an open answer) by six in ten who attended enough and four in ten who
/// completed a course; and this year's indicators for half the villages, two in three of them confirmed. Runs after
/// <see cref="SyntheticCertificates"/>, in the same transaction.
/// </summary>
public sealed class SyntheticEvaluations(EvaluationContent content) : ISyntheticSeedStep
{
    private const double WorkshopResponseShare = 0.6, CourseResponseShare = 0.4, VillageShare = 0.5, ConfirmedShare = 0.67;
    private static readonly string[] Advice = ["Tambah waktu praktik.", "Materinya langsung bisa dipakai di kantor pekon.", "Jaringan internet perlu diperbaiki.", "Contoh dari desa lain sangat membantu."];

    public async Task<string> RunAsync(SyntheticData data, CancellationToken ct)
    {
        var (templateId, version, scale, items) = await TemplateAsync(data, ct);
        var regencyOf = data.Officials.ToDictionary(o => o.Id, o => o.RegencyCode, StringComparer.Ordinal);

        using var evaluation = data.Command("""
            INSERT INTO Evaluations (Subject, WorkshopId, CourseId, Title, TemplateId, TemplateVersion, Scale, AnonymousToTrainers, CreatedAt, BuiltAt)
            VALUES ($subject, $workshop, $course, $title, $template, $version, $scale, 1, $at, $at) RETURNING Id
            """);
        var e = SyntheticDataSeeder.Parameters(evaluation, "$subject", "$workshop", "$course", "$title", "$template", "$version", "$scale", "$at");
        using var question = data.Command("""
            INSERT INTO EvaluationQuestions (EvaluationId, Position, TemplateItemId, Section, Kind, Text) VALUES ($evaluation, $position, $item, $section, $kind, $text) RETURNING Id
            """);
        var q = SyntheticDataSeeder.Parameters(question, "$evaluation", "$position", "$item", "$section", "$kind", "$text");
        using var response = data.Command("""
            INSERT INTO EvaluationResponses (EvaluationId, UserId, RegencyCode, StartedAt, SubmittedAt, RowVersion) VALUES ($evaluation, $user, $regency, $at, $at, $version) RETURNING Id
            """);
        var r = SyntheticDataSeeder.Parameters(response, "$evaluation", "$user", "$regency", "$at", "$version");
        using var answer = data.Command("INSERT INTO EvaluationAnswers (ResponseId, QuestionId, Score, Text, AnsweredAt) VALUES ($response, $question, $score, $text, $at)");
        var a = SyntheticDataSeeder.Parameters(answer, "$response", "$question", "$score", "$text", "$at");

        var titles = await TitlesAsync(data, ct);
        var forms = new Dictionary<(string Subject, int Id), (long Id, List<(long Id, EvaluationItemKind Kind)> Questions)>();
        (long Id, List<(long Id, EvaluationItemKind Kind)> Questions) Form(string subject, int id)
        {
            if (forms.TryGetValue((subject, id), out var known)) return known;
            e[0].Value = subject;
            e[1].Value = subject == nameof(EvaluationSubject.Workshop) ? id : DBNull.Value;
            e[2].Value = subject == nameof(EvaluationSubject.Course) ? id : DBNull.Value;
            e[3].Value = titles.GetValueOrDefault((subject, id), "Evaluasi");
            e[4].Value = templateId;
            e[5].Value = version;
            e[6].Value = scale;
            e[7].Value = SyntheticDataSeeder.Sql(data.Now.AddDays(-30));
            var evaluationId = Convert.ToInt64(evaluation.ExecuteScalar());
            var questions = new List<(long, EvaluationItemKind)>();
            var position = 0;
            // No synthetic bimtek or course has trainers, so only the organisation's items are asked (as Evaluation.Build does).
            foreach (var item in items.Where(i => i.Section == EvaluationSection.Organisation))
            {
                q[0].Value = evaluationId;
                q[1].Value = ++position;
                q[2].Value = item.Id;
                q[3].Value = item.Section.ToString();
                q[4].Value = item.Kind.ToString();
                q[5].Value = item.Text;
                questions.Add((Convert.ToInt64(question.ExecuteScalar()), item.Kind));
            }
            return forms[(subject, id)] = (evaluationId, questions);
        }

        var responses = 0;
        var answers = 0;
        void Respond(string subject, int id, string userId)
        {
            var (evaluationId, questions) = Form(subject, id);
            var at = SyntheticDataSeeder.Sql(data.Now.AddDays(-data.Random.Next(1, 25)));
            r[0].Value = evaluationId;
            r[1].Value = userId;
            r[2].Value = regencyOf.GetValueOrDefault(userId) ?? (object)DBNull.Value;
            r[3].Value = at;
            r[4].Value = SyntheticDataSeeder.RandomGuid(data.Random).ToString().ToUpperInvariant();
            var responseId = Convert.ToInt64(response.ExecuteScalar());
            responses++;
            // Mostly satisfied, as Indonesian training evaluations are: scores lean to the top of the scale.
            var mood = data.Random.Next(0, 3);
            foreach (var (questionId, kind) in questions)
            {
                if (kind == EvaluationItemKind.Open && data.Random.NextDouble() > 0.2) continue;
                a[0].Value = responseId;
                a[1].Value = questionId;
                a[2].Value = kind == EvaluationItemKind.Likert ? Math.Clamp(scale - data.Random.Next(0, 2) - mood / 2, 1, scale) : DBNull.Value;
                a[3].Value = kind == EvaluationItemKind.Open ? Advice[data.Random.Next(Advice.Length)] : DBNull.Value;
                a[4].Value = at;
                answer.ExecuteNonQuery();
                answers++;
            }
        }

        foreach (var (userId, workshopId) in data.AttendedWorkshops)
            if (data.Random.NextDouble() < WorkshopResponseShare) Respond(nameof(EvaluationSubject.Workshop), workshopId, userId);
        foreach (var enrollment in data.Enrollments.Where(x => x.Completed))
            if (data.Random.NextDouble() < CourseResponseShare) Respond(nameof(EvaluationSubject.Course), enrollment.CourseId, enrollment.UserId);

        var records = Indicators(data);
        return $"{forms.Count} evaluations, {responses} evaluation responses, {answers} answers, {records} village indicator records";
    }

    private int Indicators(SyntheticData data)
    {
        using var insert = data.Command("""
            INSERT INTO VillageIndicatorRecords (VillageCode, RegencyCode, Year, IndicatorCode, Achieved, RecordedById, RecordedAt, ConfirmedById, ConfirmedAt, RowVersion)
            VALUES ($village, $regency, $year, $code, $achieved, $by, $at, $mentor, $confirmed, $version)
            """);
        var p = SyntheticDataSeeder.Parameters(insert, "$village", "$regency", "$year", "$code", "$achieved", "$by", "$at", "$mentor", "$confirmed", "$version");
        var year = data.Now.ToWib().Year;
        var count = 0;
        foreach (var village in data.Officials.GroupBy(o => o.VillageCode))
        {
            if (data.Random.NextDouble() >= VillageShare) continue;
            var official = village.First();
            foreach (var indicator in content.Indicators())
            {
                var confirmed = data.Random.NextDouble() < ConfirmedShare;
                p[0].Value = village.Key;
                p[1].Value = official.RegencyCode;
                p[2].Value = year;
                p[3].Value = indicator.Code;
                p[4].Value = data.Random.NextDouble() < 0.5;
                p[5].Value = official.Id;
                p[6].Value = SyntheticDataSeeder.Sql(data.Now.AddDays(-10));
                p[7].Value = confirmed ? official.Id : DBNull.Value;
                p[8].Value = confirmed ? SyntheticDataSeeder.Sql(data.Now.AddDays(-5)) : DBNull.Value;
                p[9].Value = SyntheticDataSeeder.RandomGuid(data.Random).ToString().ToUpperInvariant();
                insert.ExecuteNonQuery();
                count++;
            }
        }
        return count;
    }

    /// <summary>The newest stored version of the province template, or version 1 from content stored now.</summary>
    private async Task<(long Id, int Version, int Scale, List<(long Id, EvaluationSection Section, EvaluationItemKind Kind, string Text)> Items)> TemplateAsync(
        SyntheticData data, CancellationToken ct)
    {
        var doc = content.Template();
        long id;
        int version, scale;
        using (var find = data.Command("SELECT Id, Version, Scale FROM EvaluationTemplates WHERE \"Key\" = $key ORDER BY Version DESC LIMIT 1"))
        {
            SyntheticDataSeeder.Parameters(find, "$key")[0].Value = doc.Key;
            await using var reader = await find.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct)) (id, version, scale) = (reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2));
            else (id, version, scale) = (0, 1, doc.Scale);
        }
        if (id == 0)
        {
            var template = EvaluationTemplate.First(doc.Key, doc.Title, doc.Scale, doc.Items, null, data.Now);
            using var insert = data.Command("INSERT INTO EvaluationTemplates (\"Key\", Version, Title, Scale, CreatedAt) VALUES ($key, 1, $title, $scale, $at) RETURNING Id");
            var t = SyntheticDataSeeder.Parameters(insert, "$key", "$title", "$scale", "$at");
            (t[0].Value, t[1].Value, t[2].Value, t[3].Value) = (template.Key, template.Title, template.Scale, SyntheticDataSeeder.Sql(data.Now));
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(ct));
            using var item = data.Command("INSERT INTO EvaluationTemplateItems (TemplateId, Position, Section, Kind, Text) VALUES ($template, $position, $section, $kind, $text)");
            var i = SyntheticDataSeeder.Parameters(item, "$template", "$position", "$section", "$kind", "$text");
            foreach (var it in template.ItemsInOrder)
            {
                (i[0].Value, i[1].Value, i[2].Value, i[3].Value, i[4].Value) = (id, it.Position, it.Section.ToString(), it.Kind.ToString(), it.Text);
                await item.ExecuteNonQueryAsync(ct);
            }
        }
        var items = new List<(long, EvaluationSection, EvaluationItemKind, string)>();
        using (var read = data.Command("SELECT Id, Section, Kind, Text FROM EvaluationTemplateItems WHERE TemplateId = $id ORDER BY Position"))
        {
            SyntheticDataSeeder.Parameters(read, "$id")[0].Value = id;
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                items.Add((reader.GetInt64(0), Enum.Parse<EvaluationSection>(reader.GetString(1)), Enum.Parse<EvaluationItemKind>(reader.GetString(2)), reader.GetString(3)));
        }
        return (id, version, scale, items);
    }

    private static async Task<Dictionary<(string, int), string>> TitlesAsync(SyntheticData data, CancellationToken ct)
    {
        var titles = new Dictionary<(string, int), string>();
        using var read = data.Command("SELECT 'Workshop', Id, Title FROM Workshops UNION ALL SELECT 'Course', Id, Title FROM Courses");
        await using var reader = await read.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) titles[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        return titles;
    }
}
