using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class MentoringFiguresTests(MentoringWorld world) : IClassFixture<MentoringWorld>
{
    [Fact]
    public async Task Figures_PerRegency_CountObstaclesByCategoryAndStatus_AndPlansSubmittedApprovedCompleted()
    {
        // Lampung Barat (18.04): the demo plan (submitted) and obstacle (technical, open), plus these.
        var approved = await world.SubmittedPlanAsync(world.Andi);
        await world.Plans().ApproveAsync(approved, null, (await world.Plans().PlanAsync(approved, world.Maria)).RowVersion, world.Maria);
        await world.Plans().CreateAsync(MentoringWorld.PlanForm(), world.Andi); // a draft counts nowhere
        var resolved = await world.Obstacles().LogAsync(new ObstacleForm { Category = ObstacleCategory.Technical, Description = "Printer kantor rusak total." }, world.Andi);
        await world.Obstacles().MoveAsync(resolved, ObstacleStatus.Resolved, "Diganti dari APBDes.", world.Maria);
        // Tulang Bawang Barat (18.12): Dwi's funding obstacle.
        await world.Obstacles().LogAsync(new ObstacleForm { Category = ObstacleCategory.Funding, Description = "Dana Desa tahap dua terlambat cair." }, world.Dwi);

        var obstacles = await world.Figures().ObstaclesAsync();
        var plans = await world.Figures().PlansAsync();

        Assert.Equal(
            [new ObstacleFigure("18.04", ObstacleCategory.Technical, ObstacleStatus.Open, 1),
             new ObstacleFigure("18.04", ObstacleCategory.Technical, ObstacleStatus.Resolved, 1),
             new ObstacleFigure("18.12", ObstacleCategory.Funding, ObstacleStatus.Open, 1)],
            obstacles);
        Assert.Equal([new PlanFigure("18.04", Submitted: 2, Approved: 1, Completed: 0)], plans);
        Assert.Equal([new ObstacleFigure("18.12", ObstacleCategory.Funding, ObstacleStatus.Open, 1)], await world.Figures().ObstaclesAsync("18.12"));
        Assert.Empty(await world.Figures().PlansAsync("18.06"));
    }
}
