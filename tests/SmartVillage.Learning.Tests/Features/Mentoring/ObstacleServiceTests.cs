using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class ObstacleServiceTests(MentoringWorld world) : IClassFixture<MentoringWorld>
{
    private static ObstacleForm Form(string text = "Jaringan internet kantor pekon sering putus saat input Siskeudes.") =>
        new() { Category = ObstacleCategory.Technical, Description = text };

    [Fact]
    public async Task Obstacle_LoggedMovedAndResolvedByTheMentor_HistoryShowsEachStep()
    {
        var id = await world.Obstacles().LogAsync(Form(), world.Rohmah);

        await world.Obstacles().MoveAsync(id, ObstacleStatus.InProgress, "Saya tanyakan ke Diskominfo.", world.Maria);
        await world.Obstacles().RespondAsync(id, "Terima kasih, Bu Maria.", world.Rohmah);
        await world.Obstacles().MoveAsync(id, ObstacleStatus.Resolved, "Diskominfo memasang modem baru.", world.Maria);

        var detail = await world.Obstacles().ObstacleAsync(id, world.Rohmah);
        Assert.Equal(ObstacleStatus.Resolved, detail.Status);
        Assert.Equal(
            [("Rohmah", (ObstacleStatus?)null, ObstacleStatus.Open, (string?)null),
             ("Maria Lestari", ObstacleStatus.Open, ObstacleStatus.InProgress, "Saya tanyakan ke Diskominfo."),
             ("Rohmah", ObstacleStatus.InProgress, ObstacleStatus.InProgress, "Terima kasih, Bu Maria."),
             ("Maria Lestari", ObstacleStatus.InProgress, ObstacleStatus.Resolved, "Diskominfo memasang modem baru.")],
            detail.History.Select(e => (e.AuthorName, e.From, e.To, e.Note)));
    }

    [Fact]
    public async Task Obstacle_AnotherMentorOrOfficialOrReviewer_CannotRespondOrMove()
    {
        var id = await world.Obstacles().LogAsync(Form(), world.Andi);

        var yusufOpen = await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().ObstacleAsync(id, world.Yusuf));
        await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().MoveAsync(id, ObstacleStatus.Resolved, "Sudah", world.Yusuf));
        await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().RespondAsync(id, "Saya bantu", world.Rohmah));
        var reviewer = await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().RespondAsync(id, "Catatan", world.ProvinceReviewer));
        var owner = await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().MoveAsync(id, ObstacleStatus.Resolved, "Beres", world.Andi));

        Assert.Equal(MentoringAccess.RefusedMessage, yusufOpen.Message);
        Assert.Equal(MentoringAccess.ReadOnlyMessage, reviewer.Message);
        Assert.Contains("diubah oleh pendamping Anda", owner.Message);
        var detail = await world.Obstacles().ObstacleAsync(id, world.ProvinceReviewer);
        Assert.Equal(ObstacleStatus.Open, detail.Status);
        Assert.Single(detail.History);
        Assert.False(detail.CanRespond);
    }

    [Fact]
    public async Task Log_TooShortAndNoCategory_RefusedInIndonesian()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().LogAsync(new ObstacleForm { Description = "macet" }, world.Andi));

        Assert.Contains("Pilih kategori kendala", refused.Message);
        Assert.Contains("paling sedikit 10 karakter", refused.Message);
    }

    [Fact]
    public async Task Log_ByAMentor_Refused() =>
        await Assert.ThrowsAsync<DomainException>(() => world.Obstacles().LogAsync(Form(), world.Maria));
}
