namespace SmartVillage.Domain.Learning;

/// <summary>How far an official is through a course: lessons completed of the lessons the course has now.</summary>
public readonly record struct CourseProgress(int CompletedLessons, int TotalLessons)
{
    public int Percent => TotalLessons == 0 ? 0 : (int)Math.Floor(100.0 * Math.Min(CompletedLessons, TotalLessons) / TotalLessons);

    public bool IsComplete => TotalLessons > 0 && CompletedLessons >= TotalLessons;

    public static CourseProgress Of(int completed, int total)
    {
        if (completed < 0 || total < 0) throw new DomainException("Jumlah materi tidak boleh negatif.");
        return new CourseProgress(completed, total);
    }
}
