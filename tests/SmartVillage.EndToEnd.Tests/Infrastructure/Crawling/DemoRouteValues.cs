using Microsoft.Data.Sqlite;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>
/// Fills a page's route parameters from the demo data in the app's own database: one small query per parameter, looked
/// up first by its place (<c>plans/{Id}</c>), then by its name (<c>CourseId</c>). Where the role owns such an object, its
/// own comes first, so an official opens her plan and a trainer his course; otherwise any object, and the page must
/// refuse cleanly. A page with a parameter no entry knows fails the crawl loudly, naming what to add here.
/// </summary>
public static class DemoRouteValues
{
    /// <summary>What a resolver knows: the role, its user id (null when anonymous) and the values filled so far.</summary>
    public sealed record Scope(CrawlRole Role, string? UserId, IReadOnlyDictionary<string, string> Filled)
    {
        public string? this[string name] => Filled.GetValueOrDefault(name);
    }

    private sealed record Query(string Sql, Func<Scope, object?[]> Arguments);

    private static Query Sql(string sql, Func<Scope, object?[]>? arguments = null) => new(sql, arguments ?? (_ => []));

    // $0, $1 … are the arguments; rows come out best first, and the first is taken.
    private static readonly Dictionary<string, Query> Resolvers = new(StringComparer.Ordinal)
    {
        ["TrackCode"] = Sql("SELECT Code FROM Tracks ORDER BY Code"),
        ["threads/{Id}"] = Sql("SELECT Id FROM DiscussionThreads ORDER BY IsPinned DESC, Id"),
        ["VillageCode"] = Sql("""
            SELECT p.VillageCode FROM VillageProfiles p
            ORDER BY p.VillageCode = (SELECT VillageCode FROM AspNetUsers WHERE Id = $0) DESC, p.VillageCode
            """, s => [s.UserId]),
        ["partners/{Id}"] = Sql("SELECT Id FROM Partners ORDER BY Id"),
        ["collaboration/{Id}"] = Sql("SELECT Id FROM CollaborationRequests ORDER BY Id"),
        ["reports/{Code}"] = Sql("SELECT COALESCE((SELECT ReviewerRegencyCode FROM AspNetUsers WHERE Id = $0), '18.06')", s => [s.UserId]),
        ["verify/{Code}"] = Sql("SELECT VerificationCode FROM Certificates ORDER BY Id"),
        ["sessions/{SessionId}"] = Sql("""
            SELECT s.Id FROM WorkshopSessions s
            ORDER BY EXISTS (SELECT 1 FROM WorkshopTrainers t WHERE t.WorkshopId = s.WorkshopId AND t.UserId = $0) DESC, s.Id
            """, s => [s.UserId]),
        ["attend/{SessionId}"] = Sql("SELECT Id FROM WorkshopSessions ORDER BY Id"),
        // The QR's URL with a code that is not the current one: the page must refuse it in Indonesian.
        ["attend/{Code}"] = Sql("SELECT 'ZZZZZZ'"),
        ["WorkshopId"] = Sql("""
            SELECT w.Id FROM Workshops w
            ORDER BY EXISTS (SELECT 1 FROM WorkshopTrainers t WHERE t.WorkshopId = w.Id AND t.UserId = $0) DESC, w.Id
            """, s => [s.UserId]),
        ["workshops/{Id}"] = Sql("""
            SELECT w.Id FROM Workshops w
            ORDER BY EXISTS (SELECT 1 FROM WorkshopTrainers t WHERE t.WorkshopId = w.Id AND t.UserId = $0) DESC, w.Id
            """, s => [s.UserId]),
        ["Slug"] = Sql("""
            SELECT c.Slug FROM Courses c
            ORDER BY EXISTS (SELECT 1 FROM Enrollments e WHERE e.CourseId = c.Id AND e.UserId = $0) DESC,
                     EXISTS (SELECT 1 FROM CourseTrainers t WHERE t.CourseId = c.Id AND t.UserId = $0) DESC, c.Id
            """, s => [s.UserId]),
        ["CourseSlug"] = Sql("""
            SELECT c.Slug FROM Courses c
            ORDER BY EXISTS (SELECT 1 FROM Enrollments e WHERE e.CourseId = c.Id AND e.UserId = $0) DESC, c.Status = 'Published' DESC, c.Id
            """, s => [s.UserId]),
        ["LessonSlug"] = Sql("""
            SELECT l.Slug FROM Lessons l JOIN Courses c ON c.Id = l.CourseId WHERE c.Slug = $0 ORDER BY l.Position, l.Id
            """, s => [s["CourseSlug"]]),
        ["CourseId"] = Sql("""
            SELECT c.Id FROM Courses c
            ORDER BY EXISTS (SELECT 1 FROM CourseTrainers t WHERE t.CourseId = c.Id AND t.UserId = $0) DESC,
                     EXISTS (SELECT 1 FROM Quizzes q WHERE q.CourseId = c.Id) DESC, c.Id
            """, s => [s.UserId]),
        ["QuizId"] = Sql("SELECT Id FROM Quizzes WHERE CourseId = $0 ORDER BY Id", s => [s["CourseId"]]),
        ["LessonId"] = Sql("SELECT Id FROM Lessons WHERE CourseId = $0 ORDER BY Position, Id", s => [s["CourseId"]]),
        ["AttemptId"] = Sql("SELECT Id FROM QuizAttempts ORDER BY UserId = $0 DESC, Id", s => [s.UserId]),
        ["plans/{Id}"] = Sql("""
            SELECT p.Id FROM WorkPlans p
            ORDER BY p.OfficialId = $0 DESC,
                     EXISTS (SELECT 1 FROM MentorAssignments m WHERE m.MentorId = $0 AND m.OfficialId = p.OfficialId) DESC, p.Id
            """, s => [s.UserId]),
        ["obstacles/{Id}"] = Sql("""
            SELECT o.Id FROM Obstacles o
            ORDER BY o.OfficialId = $0 DESC,
                     EXISTS (SELECT 1 FROM MentorAssignments m WHERE m.MentorId = $0 AND m.OfficialId = o.OfficialId) DESC, o.Id
            """, s => [s.UserId]),
        ["OfficialId"] = Sql("""
            SELECT m.OfficialId FROM MentorAssignments m WHERE m.OfficialId IS NOT NULL ORDER BY m.MentorId = $0 DESC, m.Id
            """, s => [s.UserId]),
        ["RegencyCode"] = Sql("""
            SELECT COALESCE((SELECT ReviewerRegencyCode FROM AspNetUsers WHERE Id = $0),
                            (SELECT substr(VillageCode, 1, 5) FROM AspNetUsers WHERE Id = $0), '18.06')
            """, s => [s.UserId]),
        // The demo holds no passkey: a name the page must report as not found, without an error.
        ["RenamePasskey/{Id}"] = Sql("SELECT 'AAAAAAAAAAAAAAAAAAAAAA'"),
        // The demo's evaluated bimtek (Kota Agung): its attendees answer, its trainers read; others must be refused cleanly.
        ["Kind"] = Sql("SELECT 'workshop'"),
        ["SubjectId"] = Sql("SELECT WorkshopId FROM Evaluations WHERE WorkshopId IS NOT NULL ORDER BY Id"),
        ["TrainerId"] = Sql("""
            SELECT u.Id FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId
            WHERE r.Name = 'Trainer' ORDER BY u.Id = $0 DESC, u.UserName
            """, s => [s.UserId]),
        ["DistrictCode"] = Sql("""
            SELECT d.Code FROM Districts d WHERE d.RegencyCode = $0
            ORDER BY d.Code = (SELECT substr(VillageCode, 1, 8) FROM AspNetUsers WHERE Id = $1) DESC, d.Code
            """, s => [s["RegencyCode"], s.UserId]),
    };

    /// <summary>The URL of the page for this role, every parameter filled; throws when a parameter has no resolver or no demo value.</summary>
    public static async Task<string> UrlAsync(AppRoute route, CrawlRole role, SqliteConnection db)
    {
        var userId = role.UserName is null ? null
            : await ScalarAsync(db, "SELECT Id FROM AspNetUsers WHERE NormalizedUserName = upper($0)", [role.UserName]);
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        var url = route.Template;
        foreach (var parameter in route.Parameters)
        {
            var query = Resolvers.GetValueOrDefault(parameter.PlacedKey) ?? Resolvers.GetValueOrDefault(parameter.Name)
                ?? throw new InvalidOperationException(
                    $"The page {route.Template} ({route.Component}) has the parameter {parameter.Token} that the crawler cannot fill. " +
                    $"Add a resolver for \"{parameter.PlacedKey}\" or \"{parameter.Name}\" in {nameof(DemoRouteValues)}.");
            var value = await ScalarAsync(db, query.Sql, query.Arguments(new Scope(role, userId, filled)))
                ?? throw new InvalidOperationException(
                    $"The demo data holds no value for {parameter.Token} of {route.Template}: the resolver for it found no row.");
            filled[parameter.Name] = value;
            url = url.Replace(parameter.Token, Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        return url;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection db, string sql, object?[] arguments)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < arguments.Length; i++) command.Parameters.AddWithValue($"${i}", arguments[i] ?? DBNull.Value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
