using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Cli;

/// <summary>The certificate verbs on the demo database (its Liwa bimtek has three certificates).</summary>
[Collection(CliCollection.Name)]
public sealed class CertificateVerbTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        Assert.Equal(0, (await RunAsync("seed", "demo")).Exit);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliHarness.RunAsync(database, "Development", args);

    [Fact]
    public async Task Verbs_IssueAgainVerifyPdfRevoke()
    {
        var workshop = await database.QueryAsync(db => db.Workshops.Where(w => w.Title == DemoWorkshops.CertifiedWorkshopTitle).Select(w => w.Id).SingleAsync());
        var code = await database.QueryAsync(db => db.Certificates.Where(c => c.WorkshopId == workshop).OrderBy(c => c.Sequence).Select(c => c.VerificationCode).FirstAsync());

        var issue = await RunAsync("certificates", "issue", "--workshop", workshop.ToString());
        Assert.Equal(0, issue.Exit);
        Assert.Contains("0 issued, 3 already held, 0 not eligible", issue.Out);

        var verify = await RunAsync("certificates", "verify", code.ToLowerInvariant());
        Assert.Equal(0, verify.Exit);
        Assert.Contains("valid (Sah)", verify.Out);
        Assert.Contains("Wati Susilawati", verify.Out);

        var file = Path.Combine(database.Folder, "sertifikat.pdf");
        Assert.Equal(0, (await RunAsync("certificates", "pdf", code, "--out", file)).Exit);
        using (var text = new PdfText(await File.ReadAllBytesAsync(file))) Assert.Contains("Wati Susilawati", text.All);

        Assert.Equal(0, (await RunAsync("certificates", "revoke", code, "--reason", "Salah peserta")).Exit);
        var revoked = await RunAsync("certificates", "verify", code);
        Assert.Equal(1, revoked.Exit);
        Assert.Contains("revoked (Dicabut) — Salah peserta", revoked.Out);
        var unknown = await RunAsync("certificates", "verify", "ZZZZZZZZZZZZZZZZ");
        Assert.Equal((1, true), (unknown.Exit, unknown.Err.Contains("not found")));
    }
}
