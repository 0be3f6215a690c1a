using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class WorkPlanServiceTests(MentoringWorld world) : IClassFixture<MentoringWorld>
{
    [Fact]
    public async Task Plan_SubmittedChangedResubmittedApproved_ByTheMentor_HistoryShowsEachStep()
    {
        var id = await world.Plans().CreateAsync(MentoringWorld.PlanForm(), world.Andi);
        await world.Plans().SubmitAsync(id, null, world.Andi);
        var seen = await world.Plans().PlanAsync(id, world.Maria);
        await world.Plans().RequestChangesAsync(id, "Anggaran pelatihan terlalu besar; cek harga narasumber.", seen.RowVersion, world.Maria);

        var mine = await world.Plans().PlanAsync(id, world.Andi);
        var form = mine.ToForm();
        form.BudgetAmount = 7_000_000m;
        await world.Plans().ReviseAsync(id, form, world.Andi);
        await world.Plans().SubmitAsync(id, null, world.Andi);
        var revised = await world.Plans().PlanAsync(id, world.Maria);
        await world.Plans().ApproveAsync(id, "Sudah realistis.", revised.RowVersion, world.Maria);

        var approved = await world.Plans().PlanAsync(id, world.Andi);
        Assert.True(seen.CanReview);
        Assert.True(mine.CanEdit);
        Assert.Equal(WorkPlanStatus.Approved, approved.Status);
        Assert.Equal(7_000_000m, approved.BudgetAmount);
        Assert.Equal(["Diajukan", "Minta perubahan", "Diajukan ulang", "Disetujui"], approved.Events.Select(e => MentoringLabels.Of(e.Kind)));
        Assert.Equal(["Andi Wijaya", "Maria Lestari", "Andi Wijaya", "Maria Lestari"], approved.Events.Select(e => e.AuthorName));
        Assert.True(approved.CanReport);
        Assert.False(approved.CanEdit);
    }

    [Fact]
    public async Task Plan_AnotherMentor_CannotOpenOrApprove()
    {
        var id = await world.SubmittedPlanAsync(world.Andi);
        var version = (await world.Plans().PlanAsync(id, world.Maria)).RowVersion;

        var open = await Assert.ThrowsAsync<DomainException>(() => world.Plans().PlanAsync(id, world.Yusuf));
        var approve = await Assert.ThrowsAsync<DomainException>(() => world.Plans().ApproveAsync(id, null, version, world.Yusuf));

        Assert.Equal(MentoringAccess.RefusedMessage, open.Message);
        Assert.Equal(MentoringAccess.RefusedMessage, approve.Message);
        Assert.Equal(WorkPlanStatus.Submitted, (await world.Plans().PlanAsync(id, world.Andi)).Status);
    }

    [Fact]
    public async Task Plan_AnotherOfficial_CannotOpenEditOrSubmit()
    {
        var id = await world.Plans().CreateAsync(MentoringWorld.PlanForm(), world.Andi);

        await Assert.ThrowsAsync<DomainException>(() => world.Plans().PlanAsync(id, world.Rohmah));
        await Assert.ThrowsAsync<DomainException>(() => world.Plans().ReviseAsync(id, MentoringWorld.PlanForm("Dibajak"), world.Rohmah));
        await Assert.ThrowsAsync<DomainException>(() => world.Plans().SubmitAsync(id, null, world.Rohmah));

        Assert.Equal(WorkPlanStatus.Draft, (await world.Plans().PlanAsync(id, world.Andi)).Status);
        Assert.DoesNotContain(await world.Plans().MyPlansAsync(world.Rohmah), p => p.Id == id);
    }

    [Fact]
    public async Task Plan_Reviewer_ReadsButCannotApproveOrEdit_ScopedReviewerOutsideRegency_Refused()
    {
        var id = await world.SubmittedPlanAsync(world.Andi);
        var read = await world.Plans().PlanAsync(id, world.ProvinceReviewer);

        var approve = await Assert.ThrowsAsync<DomainException>(() => world.Plans().ApproveAsync(id, null, read.RowVersion, world.ProvinceReviewer));
        var edit = await Assert.ThrowsAsync<DomainException>(() => world.Plans().ReviseAsync(id, MentoringWorld.PlanForm(), world.ProvinceReviewer));
        var admin = await Assert.ThrowsAsync<DomainException>(() => world.Plans().ApproveAsync(id, null, read.RowVersion, world.Admin));
        // Andi's pekon is in Lampung Barat; Bu Rina reads Tanggamus only.
        await Assert.ThrowsAsync<DomainException>(() => world.Plans().PlanAsync(id, world.TanggamusReviewer));

        Assert.False(read.CanReview || read.CanEdit || read.CanReport);
        Assert.Equal(MentoringAccess.ReadOnlyMessage, approve.Message);
        Assert.Equal(MentoringAccess.ReadOnlyMessage, edit.Message);
        Assert.Equal(MentoringAccess.ReadOnlyMessage, admin.Message);
        Assert.Equal(WorkPlanStatus.Submitted, (await world.Plans().PlanAsync(id, world.Andi)).Status);
    }

    [Fact]
    public async Task Approve_WhileTheOfficialChangedThePlan_RefusedAsStale_NotSilentlyApproved()
    {
        var id = await world.SubmittedPlanAsync(world.Andi);
        var mentorSaw = await world.Plans().PlanAsync(id, world.Maria);
        var officialSaw = await world.Plans().PlanAsync(id, world.Andi);
        var form = officialSaw.ToForm();
        form.BudgetAmount = 99_000_000m;
        await world.Plans().ReviseAsync(id, form, world.Andi);

        var stale = await Assert.ThrowsAsync<DomainException>(() => world.Plans().ApproveAsync(id, null, mentorSaw.RowVersion, world.Maria));

        Assert.Equal(WorkPlanService.StaleMessage, stale.Message);
        var now = await world.Plans().PlanAsync(id, world.Andi);
        Assert.Equal(WorkPlanStatus.Submitted, now.Status);
        Assert.Equal(99_000_000m, now.BudgetAmount);
    }

    [Fact]
    public async Task Revise_FromAVersionTheMentorAlreadyReviewed_RefusedAsStale()
    {
        var id = await world.SubmittedPlanAsync(world.Andi);
        var officialSaw = (await world.Plans().PlanAsync(id, world.Andi)).ToForm();
        var mentorSaw = await world.Plans().PlanAsync(id, world.Maria);
        await world.Plans().RequestChangesAsync(id, "Tambahkan indikator jumlah warga.", mentorSaw.RowVersion, world.Maria);

        var stale = await Assert.ThrowsAsync<DomainException>(() => world.Plans().ReviseAsync(id, officialSaw, world.Andi));

        Assert.Equal(WorkPlanService.StaleMessage, stale.Message);
        Assert.Equal(WorkPlanStatus.ChangesRequested, (await world.Plans().PlanAsync(id, world.Andi)).Status);
    }

    [Fact]
    public async Task Create_EmptyForm_RefusedWithIndonesianMessages()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Plans().CreateAsync(new WorkPlanForm { Activities = [new ActivityForm()] }, world.Andi));

        Assert.Contains("Judul rencana kerja wajib diisi.", refused.Message);
        Assert.Contains("Pilih sumber anggaran", refused.Message);
        Assert.Contains("Nama kegiatan wajib diisi.", refused.Message);
        Assert.Contains("Isi tanggal mulai kegiatan.", refused.Message);
    }

    [Fact]
    public async Task ReportProgress_AllActivitiesDone_PlanCompleted_OnlyByItsOfficial()
    {
        var id = await world.SubmittedPlanAsync(world.Rohmah);
        await world.Plans().ApproveAsync(id, null, (await world.Plans().PlanAsync(id, world.Maria)).RowVersion, world.Maria);
        var activities = (await world.Plans().PlanAsync(id, world.Rohmah)).Activities;

        await Assert.ThrowsAsync<DomainException>(() =>
            world.Plans().ReportProgressAsync(id, activities[0].Id, new ProgressForm { Percent = 100, Status = ActivityStatus.Done }, world.Maria));
        foreach (var a in activities)
            await world.Plans().ReportProgressAsync(id, a.Id, new ProgressForm { Percent = 100, Status = ActivityStatus.Done, Note = "Selesai" }, world.Rohmah);

        var done = await world.Plans().PlanAsync(id, world.Maria);
        Assert.Equal(WorkPlanStatus.Completed, done.Status);
        Assert.Equal(100, done.Percent);
        Assert.All(done.Activities, a => Assert.Equal("Rohmah", Assert.Single(a.Reports).ReporterName));
    }
}
