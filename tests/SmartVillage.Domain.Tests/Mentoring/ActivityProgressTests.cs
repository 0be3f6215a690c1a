using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Domain.Tests.Mentoring;

public class ActivityProgressTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static WorkPlan Approved()
    {
        var plan = WorkPlanTests.Written(activities: 2);
        plan.Submit("official", Now);
        plan.Approve("mentor", null, Now);
        // Ids come from the database; in memory both activities are 0, so give them distinct ids the way EF would.
        typeof(WorkPlanActivity).GetProperty(nameof(WorkPlanActivity.Id))!.SetValue(plan.Activities[0], 1);
        typeof(WorkPlanActivity).GetProperty(nameof(WorkPlanActivity.Id))!.SetValue(plan.Activities[1], 2);
        return plan;
    }

    [Fact]
    public void AllActivitiesDone_CompletesThePlan()
    {
        var plan = Approved();

        plan.ReportProgress(1, 40, ActivityStatus.InProgress, "Rapat sudah", "official", Now);
        plan.ReportProgress(1, 100, ActivityStatus.Done, null, "official", Now);
        Assert.Equal(WorkPlanStatus.Approved, plan.Status);
        Assert.Equal(50, plan.Percent);
        plan.ReportProgress(2, 100, ActivityStatus.Done, null, "official", Now.AddDays(1));

        Assert.Equal(WorkPlanStatus.Completed, plan.Status);
        Assert.Equal(Now.AddDays(1), plan.CompletedAt);
        Assert.Equal(2, plan.Activities[0].Reports.Count);
        Assert.Equal(WorkPlanEventKind.Completed, plan.Events[^1].Kind);
    }

    [Theory]
    [InlineData(101, ActivityStatus.InProgress, "Kemajuan kegiatan antara 0 dan 100 persen.")]
    [InlineData(80, ActivityStatus.Done, "Kegiatan yang selesai berarti kemajuannya 100 persen.")]
    [InlineData(100, ActivityStatus.InProgress, "Kemajuan 100 persen berarti kegiatan selesai; pilih status Selesai.")]
    [InlineData(10, ActivityStatus.NotStarted, "Kegiatan yang belum mulai kemajuannya 0 persen.")]
    public void Report_Inconsistent_RefusedInIndonesian(int percent, ActivityStatus status, string message)
    {
        var plan = Approved();

        var refused = Assert.Throws<DomainException>(() => plan.ReportProgress(1, percent, status, null, "official", Now));

        Assert.Equal(message, refused.Message);
        Assert.Empty(plan.Activities[0].Reports);
    }
}
