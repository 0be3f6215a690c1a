using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Domain.Tests.Mentoring;

public class ObstacleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static Obstacle Logged() => new("official", "18.04.04.2001", "18.04", ObstacleCategory.Technical, "Belum punya akses Siskeudes.", Now);

    [Fact]
    public void OpenToInProgressToResolved_HistoryShowsEachStepWithWhoAndNote()
    {
        var obstacle = Logged();

        obstacle.MoveTo(ObstacleStatus.InProgress, "mentor", "Saya hubungi Dinas PMD.", Now.AddDays(1));
        obstacle.Respond("official", "Terima kasih, Bu.", Now.AddDays(2));
        obstacle.MoveTo(ObstacleStatus.Resolved, "mentor", "Akun baru dibuat oleh operator kabupaten.", Now.AddDays(5));

        Assert.Equal(ObstacleStatus.Resolved, obstacle.Status);
        Assert.Equal(Now.AddDays(5), obstacle.ResolvedAt);
        Assert.Equal(
            [(null, ObstacleStatus.Open, "official"), (ObstacleStatus.Open, ObstacleStatus.InProgress, "mentor"),
             (ObstacleStatus.InProgress, ObstacleStatus.InProgress, "official"), (ObstacleStatus.InProgress, ObstacleStatus.Resolved, "mentor")],
            obstacle.Entries.Select(e => ((ObstacleStatus?)e.FromStatus, e.ToStatus, e.AuthorId)));
        Assert.Equal("Akun baru dibuat oleh operator kabupaten.", obstacle.Entries[^1].Note);
        Assert.Equal(5, obstacle.DaysOpen(Now.AddDays(30)));
    }

    [Fact]
    public void Resolve_WithoutNote_RefusedInIndonesian()
    {
        var obstacle = Logged();

        var refused = Assert.Throws<DomainException>(() => obstacle.MoveTo(ObstacleStatus.Resolved, "mentor", "", Now));

        Assert.Equal("Tuliskan bagaimana kendala ini diselesaikan.", refused.Message);
        Assert.Equal(ObstacleStatus.Open, obstacle.Status);
        Assert.Single(obstacle.Entries);
    }

    [Fact]
    public void MoveTo_SameStatus_Refused()
    {
        var refused = Assert.Throws<DomainException>(() => Logged().MoveTo(ObstacleStatus.Open, "mentor", null, Now));

        Assert.Equal("Kendala ini sudah berstatus Terbuka.", refused.Message);
    }

    [Fact]
    public void Log_WithoutDescription_Refused() =>
        Assert.Equal("Ceritakan kendalanya.",
            Assert.Throws<DomainException>(() => new Obstacle("o", "18.04.04.2001", "18.04", ObstacleCategory.Funding, " ", Now)).Message);

    [Fact]
    public void DaysOpen_CountsWholeDaysSinceLogged() => Assert.Equal(12, Logged().DaysOpen(Now.AddDays(12).AddHours(5)));
}
