using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Features.Authoring;

public sealed record AuthoredCourse(int Id, string Slug, string Title, string TrackCode, CourseStatus Status, int Lessons,
    bool IsOwner, bool FromContent, DateTimeOffset UpdatedAt);

public sealed record TrackOption(string Code, string Title);

public sealed record CourseEditorView(
    int Id, string Slug, CourseStatus Status, bool FromContent, DateTimeOffset? PublishedAt,
    CourseForm Details, IReadOnlyList<ModuleView> Modules, IReadOnlyList<TrainerView> Trainers, int Enrolled)
{
    public int LessonCount => Modules.Sum(m => m.Lessons.Count);

    /// <summary>Lessons in reading order across modules, as officials see them.</summary>
    public IEnumerable<LessonRow> LessonsInOrder => Modules.SelectMany(m => m.Lessons);
}

public sealed record ModuleView(int Id, string Title, int Position, IReadOnlyList<LessonRow> Lessons);

public sealed record LessonRow(int Id, int ModuleId, string Slug, string Title, int Minutes, int Position);

public sealed record TrainerView(string UserId, string FullName, string? Email, bool IsOwner);

public sealed record LessonEditorView(int CourseId, string CourseTitle, string CourseSlug, bool FromContent, int LessonId, string LessonSlug,
    LessonForm Form, IReadOnlyList<ModuleOption> Modules);

public sealed record ModuleOption(int Id, string Title);

/// <summary>Who a cohort enrolment takes: officials of a region (the narrowest code given wins) and, optionally, one post.</summary>
public sealed record CohortFilter(string? RegencyCode = null, string? DistrictCode = null, string? VillageCode = null, OfficialPosition? Position = null)
{
    public string? RegionCode => VillageCode ?? DistrictCode ?? RegencyCode;

    public bool IsEmpty => RegionCode is null && Position is null;
}

public sealed record CohortPreview(int Matching, int AlreadyEnrolled)
{
    public int New => Matching - AlreadyEnrolled;
}
