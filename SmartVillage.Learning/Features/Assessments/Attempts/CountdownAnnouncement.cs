namespace SmartVillage.Learning.Features.Assessments.Attempts;

/// <summary>
/// What a screen reader hears about the quiz countdown: the visible clock changes every second, and a live region that
/// followed it would talk over the question; so only crossing a milestone (5 minutes, 1 minute left) is announced.
/// </summary>
public static class CountdownAnnouncement
{
    private static readonly TimeSpan[] Milestones = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1)];

    /// <summary>The sentence to announce when the time left went from <paramref name="before"/> to <paramref name="now"/>, or null.</summary>
    public static string? Crossed(TimeSpan before, TimeSpan now)
    {
        foreach (var milestone in Milestones)
        {
            if (before > milestone && now <= milestone) return $"Sisa waktu {milestone.TotalMinutes:0} menit.";
        }
        return null;
    }
}
