using System.Security.Claims;
using Bunit;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

/// <summary>The "Konfirmasi kompetensi" panel on a mentor's page of one official, against a demo-seeded database.</summary>
public class CompetencyConfirmationPanelTests : MudTestContext, IClassFixture<MentoringWorld>
{
    private readonly MentoringWorld world;

    public CompetencyConfirmationPanelTests(MentoringWorld world)
    {
        this.world = world;
        Services.AddSingleton(world.Confirmations());
        Services.AddSingleton<IValidator<CompetencyConfirmationForm>>(new CompetencyConfirmationFormValidator());
        Services.AddSingleton(TimeProvider.System);
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private void SignInAs(Actor mentor, string name)
    {
        SignIn(name, Roles.Mentor);
        Authorization.SetClaims(new Claim(FullNameClaim.Type, name), new Claim(ClaimTypes.NameIdentifier, mentor.UserId));
    }

    [Fact]
    public async Task Mentor_SeesTheActiveConfirmation_AndWithdrawsIt_ThenItMovesToTheHistory()
    {
        await world.Confirmations().ConfirmAsync(world.Maria, world.Rohmah.UserId,
            new CompetencyConfirmationForm { AreaCode = "literasi-digital", Level = CompetencyLevel.Advanced, Note = "Mengelola situs pekon dan mengunggah APBDes sendiri." });
        SignInAs(world.Maria, "Maria Lestari");

        var panel = Render<CompetencyConfirmationPanel>(p => p.Add(x => x.OfficialId, world.Rohmah.UserId));

        var area = "[data-testid=confirmation-area-literasi-digital]";
        panel.WaitForAssertion(() => Assert.Contains("Dikonfirmasi Mahir oleh Maria Lestari", panel.Find(area).TextContent));
        Assert.Contains("“Mengelola situs pekon dan mengunggah APBDes sendiri.”", panel.Find(area).TextContent);
        Assert.Equal("Mahir", panel.Find($"{area} [data-testid=area-level]").TextContent.Trim());

        panel.Find($"{area} [data-testid=withdraw-confirmation]").Click();

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll($"{area} [data-testid=active-confirmation]")));
        Assert.Equal("Belum", panel.Find($"{area} [data-testid=area-level]").TextContent.Trim());
        Assert.Contains(panel.FindAll("[data-testid=withdrawn-confirmation]"), h => h.TextContent.Contains("ditarik") && h.TextContent.Contains("oleh Maria Lestari"));
        Assert.False(await world.Database.QueryAsync(db => db.CompetencyConfirmations.AnyAsync(c => c.OfficialId == world.Rohmah.UserId && c.WithdrawnAt == null)));
    }

    [Fact]
    public async Task Confirm_WithAnEmptyForm_ShowsTheMessagesOnTheFields_AndSavesNothing()
    {
        SignInAs(world.Maria, "Maria Lestari");
        var panel = Render<CompetencyConfirmationPanel>(p => p.Add(x => x.OfficialId, world.Slamet.UserId));
        panel.WaitForElement("[data-testid=confirm-competency]");

        panel.Find("[data-testid=confirm-competency]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Pilih area kompetensi.", panel.Find("[data-testid=confirmation-form]").TextContent));
        var text = panel.Find("[data-testid=confirmation-form]").TextContent;
        Assert.Contains("Pilih tingkat: Dasar, Menengah, atau Mahir.", text);
        Assert.Contains("Tulis apa yang Anda lihat aparatur ini kerjakan", text);
        Assert.False(await world.Database.QueryAsync(db => db.CompetencyConfirmations.AnyAsync(c => c.OfficialId == world.Slamet.UserId)));
    }

    [Fact]
    public void AnotherMentor_IsRefused_WithTheReason()
    {
        SignInAs(world.Yusuf, "Yusuf Hidayat");

        var panel = Render<CompetencyConfirmationPanel>(p => p.Add(x => x.OfficialId, world.Andi.UserId));

        panel.WaitForAssertion(() => Assert.Equal(MentoringAccess.RefusedMessage, panel.Find("[data-testid=confirmation-refused]").TextContent.Trim()));
        Assert.Empty(panel.FindAll("[data-testid=confirmation-form]"));
    }
}
