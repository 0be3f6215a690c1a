namespace SmartVillage.Learning.Features.ContentImport;

public sealed record ContentImportSummary(
    bool Succeeded,
    IReadOnlyList<ContentError> Errors,
    int Tracks,
    int Courses,
    int CoursesCreated,
    int CoursesChanged,
    int LessonsAdded,
    int LessonsChanged,
    int LessonsRemoved,
    int QuestionsAdded = 0,
    int QuestionsChanged = 0,
    int QuizzesCreated = 0,
    int QuizzesChanged = 0,
    int CompetencyAreas = 0,
    int CompetencyAreasChanged = 0,
    int CompetencyMappingsReplaced = 0)
{
    public bool ChangedAnything =>
        CoursesCreated + CoursesChanged + LessonsAdded + LessonsChanged + LessonsRemoved + QuestionsAdded + QuestionsChanged + QuizzesCreated + QuizzesChanged
        + CompetencyAreasChanged + CompetencyMappingsReplaced > 0;

    public static ContentImportSummary Failed(IReadOnlyList<ContentError> errors) => new(false, errors, 0, 0, 0, 0, 0, 0, 0);

    public override string ToString() => Succeeded
        ? $"{Tracks} tracks, {Courses} courses ({CoursesCreated} new, {CoursesChanged} changed); lessons: {LessonsAdded} added, {LessonsChanged} changed, {LessonsRemoved} removed; questions: {QuestionsAdded} added, {QuestionsChanged} changed; quizzes: {QuizzesCreated} new, {QuizzesChanged} changed; competency areas: {CompetencyAreas} ({CompetencyAreasChanged} changed), {CompetencyMappingsReplaced} mappings written"
        : $"{Errors.Count} error(s); nothing imported";
}
