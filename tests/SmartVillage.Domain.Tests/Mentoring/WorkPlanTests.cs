using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Domain.Tests.Mentoring;

public class WorkPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 12, 10);

    internal static WorkPlan Written(int activities = 2)
    {
        var plan = new WorkPlan("official", "18.04.04.2001", "18.04", Now);
        plan.Revise("Website pekon", "Warga melihat APBDes dari ponsel.", BudgetSource.DanaDesa, 45_000_000m, "Website aktif",
            Enumerable.Range(1, activities).Select(i => new ActivityDraft($"Kegiatan {i}", Day, Day.AddDays(i), "Sekretaris")).ToList(), Now);
        return plan;
    }

    [Fact]
    public void Submit_RequestChanges_Resubmit_Approve_KeepsEachStepInTheHistory()
    {
        var plan = Written();

        plan.Submit("official", Now);
        plan.RequestChanges("mentor", "Anggaran terlalu besar untuk hosting.", Now.AddDays(1));
        plan.Revise("Website pekon", "Tujuan", BudgetSource.Apbdes, 20_000_000m, "Website aktif", [new ActivityDraft("Hosting", Day, Day, "Kaur")], Now.AddDays(2));
        plan.Submit("official", Now.AddDays(2));
        plan.Approve("mentor", null, Now.AddDays(3));

        Assert.Equal(WorkPlanStatus.Approved, plan.Status);
        Assert.Equal([WorkPlanEventKind.Submitted, WorkPlanEventKind.ChangesRequested, WorkPlanEventKind.Resubmitted, WorkPlanEventKind.Approved],
            plan.Events.Select(e => e.Kind));
        Assert.Equal("Anggaran terlalu besar untuk hosting.", plan.Events[1].Note);
        Assert.Equal((WorkPlanStatus.Submitted, WorkPlanStatus.ChangesRequested), (plan.Events[1].FromStatus!.Value, plan.Events[1].ToStatus));
        Assert.Equal(20_000_000m, plan.BudgetAmount);
    }

    [Fact]
    public void Submit_WithoutActivities_RefusedInIndonesian()
    {
        var plan = new WorkPlan("official", "18.04.04.2001", "18.04", Now);
        plan.Revise("Judul", "Tujuan", BudgetSource.Apbdes, 0, "Indikator", [], Now);

        var refused = Assert.Throws<DomainException>(() => plan.Submit("official", Now));

        Assert.Equal("Tambahkan paling sedikit satu kegiatan sebelum mengajukan rencana kerja.", refused.Message);
        Assert.Equal(WorkPlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void RequestChanges_WithoutNote_Refused_AndApproveADraft_Refused()
    {
        var plan = Written();
        Assert.Equal("Hanya rencana kerja yang menunggu tinjauan dapat disetujui.", Assert.Throws<DomainException>(() => plan.Approve("mentor", null, Now)).Message);
        plan.Submit("official", Now);

        var refused = Assert.Throws<DomainException>(() => plan.RequestChanges("mentor", "  ", Now));

        Assert.Contains("Tuliskan apa yang perlu diubah", refused.Message);
        Assert.Equal(WorkPlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void Revise_AfterApproval_Refused()
    {
        var plan = Written();
        plan.Submit("official", Now);
        plan.Approve("mentor", "Bagus", Now);

        var refused = Assert.Throws<DomainException>(() => plan.Revise("x", "y", BudgetSource.Other, 1, "z", [new ActivityDraft("a", Day, Day, "b")], Now));

        Assert.Contains("sudah disetujui tidak dapat diubah", refused.Message);
    }

    [Fact]
    public void Revise_ActivityEndingBeforeItStarts_RefusedAndNothingChanges()
    {
        var plan = Written();

        var refused = Assert.Throws<DomainException>(() =>
            plan.Revise("Baru", "Tujuan", BudgetSource.Apbdes, 1, "x", [new ActivityDraft("Rapat", Day, Day.AddDays(-1), "Sekdes")], Now));

        Assert.Equal("Kegiatan \"Rapat\" harus selesai pada atau setelah tanggal mulainya.", refused.Message);
        Assert.Equal("Website pekon", plan.Title);
        Assert.Equal(2, plan.Activities.Count);
    }

    [Fact]
    public void ReportProgress_BeforeApproval_Refused()
    {
        var plan = Written();
        plan.Submit("official", Now);

        var refused = Assert.Throws<DomainException>(() => plan.ReportProgress(0, 50, ActivityStatus.InProgress, null, "official", Now));

        Assert.Equal("Kemajuan kegiatan dilaporkan setelah rencana kerja disetujui pendamping.", refused.Message);
    }

    [Fact]
    public void ChangingThePlan_RenewsItsRowVersion()
    {
        var plan = Written();
        var before = plan.RowVersion;

        plan.Submit("official", Now);

        Assert.NotEqual(before, plan.RowVersion);
    }
}
