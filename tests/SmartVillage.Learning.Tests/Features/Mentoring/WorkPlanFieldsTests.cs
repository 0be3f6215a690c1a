using Bunit;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class WorkPlanFieldsTests : MudTestContext
{
    public WorkPlanFieldsTests() => Services.AddSingleton<IValidator<WorkPlanForm>>(new WorkPlanFormValidator());

    [Fact]
    public async Task Validate_EmptyPlan_ShowsIndonesianMessageOnEachField_IncludingTheActivityRow()
    {
        var form = new WorkPlanForm();
        var fields = Render<WorkPlanFields>(p => p.Add(f => f.Form, form));

        var valid = await fields.InvokeAsync(() => fields.Instance.ValidateAsync());

        Assert.False(valid);
        Assert.Contains("Judul rencana kerja wajib diisi.", fields.Markup);
        Assert.Contains("Pilih sumber anggaran: APBDes, Dana Desa, atau Lainnya.", fields.Markup);
        var row = fields.Find("[data-testid=activity-row]");
        Assert.Contains("Nama kegiatan wajib diisi.", row.TextContent);
        Assert.Contains("Isi tanggal mulai kegiatan.", row.TextContent);
        Assert.Contains("Isi penanggung jawab kegiatan.", row.TextContent);
    }

    [Fact]
    public async Task Validate_ActivityEndingBeforeItStarts_ShowsTheMessageOnThatRowOnly()
    {
        var form = MentoringWorld.PlanForm();
        form.Activities[1].EndsOn = form.Activities[1].StartsOn!.Value.AddDays(-1);
        var fields = Render<WorkPlanFields>(p => p.Add(f => f.Form, form));

        var valid = await fields.InvokeAsync(() => fields.Instance.ValidateAsync());

        var rows = fields.FindAll("[data-testid=activity-row]");
        Assert.False(valid);
        Assert.DoesNotContain("Tanggal selesai harus", rows[0].TextContent);
        Assert.Contains("Tanggal selesai harus pada atau setelah tanggal mulai.", rows[1].TextContent);
    }

    [Fact]
    public async Task TypeNegativeBudget_IsRefusedWithAMessage_NotTurnedIntoZero()
    {
        var form = MentoringWorld.PlanForm();
        var fields = Render<WorkPlanFields>(p => p.Add(f => f.Form, form));

        fields.Find("input[data-testid=plan-budget-amount], [data-testid=plan-budget-amount] input").Change("-5000000");
        var valid = await fields.InvokeAsync(() => fields.Instance.ValidateAsync());

        Assert.False(valid);
        Assert.Equal(-5_000_000m, form.BudgetAmount);
        Assert.Contains("Jumlah anggaran tidak boleh negatif. Tulis 0 bila tanpa biaya.", fields.Markup);
    }

    [Fact]
    public async Task Validate_ActivityInYearOneAndYear9999_RefusedWithTheWindow()
    {
        var form = MentoringWorld.PlanForm();
        form.Activities[0].StartsOn = new DateTime(1, 1, 1);
        form.Activities[0].EndsOn = new DateTime(9999, 12, 31);
        var fields = Render<WorkPlanFields>(p => p.Add(f => f.Form, form));

        var valid = await fields.InvokeAsync(() => fields.Instance.ValidateAsync());

        var row = fields.FindAll("[data-testid=activity-row]")[0];
        Assert.False(valid);
        Assert.Contains("Tanggal mulai harus antara", row.TextContent);
        Assert.Contains("Tanggal selesai harus antara", row.TextContent);
    }

    [Fact]
    public void AddActivity_AddsARow()
    {
        var fields = Render<WorkPlanFields>(p => p.Add(f => f.Form, new WorkPlanForm()));

        fields.Find("[data-testid=add-activity]").Click();

        Assert.Equal(2, fields.FindAll("[data-testid=activity-row]").Count);
    }
}
