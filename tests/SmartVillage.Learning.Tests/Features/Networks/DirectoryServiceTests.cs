using SmartVillage.Domain;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Features.Networks.Directory;
using SmartVillage.Learning.Features.Networks;

namespace SmartVillage.Learning.Tests.Features.Networks;

public class DirectoryServiceTests(NetworkWorld world) : IClassFixture<NetworkWorld>
{
    private static VillageProfileForm Profile(string potential, string? contact = null) => new()
    {
        Potential = potential,
        ContactUserId = contact,
        Initiatives = [new InitiativeForm { Title = "Website tiyuh", TrackCode = "TD", Status = InitiativeStatus.Running }],
    };

    [Fact]
    public async Task SaveVillage_OfficialOfAnotherVillage_Refused_OwnOfficialAndAdmin_Saved()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            world.Directory.SaveVillageAsync(world.PanaraganVillage, Profile("Diubah orang lain"), world.BandarDewa));
        await Assert.ThrowsAsync<DomainException>(() => world.Directory.SaveVillageAsync(world.PanaraganVillage, Profile("Pelatih"), world.Hendra));
        await world.Directory.SaveVillageAsync(world.PanaraganVillage, Profile("Singkong dan karet", world.PanaraganColleague.UserId), world.Panaragan);

        var asOther = (await world.Directory.VillageAsync(world.PanaraganVillage, world.BandarDewa))!;
        Assert.Equal(NetworkAccess.ProfileRefused, refused.Message);
        Assert.False(asOther.CanEdit);
        Assert.Equal("Singkong dan karet", asOther.Form.Potential);
        Assert.Equal("Website tiyuh", asOther.Initiatives.Single().Title);
        Assert.NotNull(asOther.Contact);
        Assert.True((await world.Directory.VillageAsync(world.PanaraganVillage, world.Panaragan))!.CanEdit);

        await world.Directory.SaveVillageAsync(world.PanaraganVillage, Profile("Dirapikan admin"), world.Admin);
        Assert.Equal("Dirapikan admin", (await world.Directory.VillageAsync(world.PanaraganVillage, world.Ahmad))!.Form.Potential);
    }

    [Fact]
    public async Task SaveVillage_ContactFromAnotherVillage_Refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            world.Directory.SaveVillageAsync(world.BandarDewaVillage, Profile("Pasar tiyuh", world.Panaragan.UserId), world.BandarDewa));

        Assert.Equal(DirectoryService.ContactNotOfVillage, refused.Message);
    }

    [Fact]
    public async Task SavePartner_ByOfficialMentorOrReviewer_Refused_ByTrainer_Saved_InvalidInIndonesian()
    {
        var form = new PartnerForm
        {
            Name = "Politeknik Negeri Lampung " + Guid.NewGuid().ToString("N")[..4], Type = PartnerType.University, Areas = "TD, Internet Desa",
            RegencyCodes = ["18.12"], ContactName = "P3M (uji)", ContactEmail = "p3m@contoh.test",
        };
        foreach (var wrong in new[] { world.Siti, world.Maria, world.Ahmad })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => world.Directory.SavePartnerAsync(null, form, wrong));
            Assert.Equal(NetworkAccess.PartnersRefused, refused.Message);
        }
        var invalid = await Assert.ThrowsAsync<DomainException>(() =>
            world.Directory.SavePartnerAsync(null, new PartnerForm { ContactEmail = "bukan-email", Website = "unila" }, world.Hendra));

        var id = await world.Directory.SavePartnerAsync(null, form, world.Hendra);

        Assert.Contains("Nama mitra wajib diisi.", invalid.Message);
        Assert.Contains("Email narahubung tidak valid.", invalid.Message);
        Assert.Contains("Situs web harus alamat lengkap", invalid.Message);
        var saved = (await world.Directory.PartnersAsync(new(Area: "internet desa"))).Single(p => p.Id == id);
        Assert.Equal(["td", "internet desa"], saved.Areas);
        Assert.Equal(["Kabupaten Tulang Bawang Barat"], saved.Regencies);
        await Assert.ThrowsAsync<DomainException>(() => world.Directory.DeletePartnerAsync(id, world.Siti));
    }

    [Fact]
    public async Task Partners_SearchByTypeRegencyAreaAndText()
    {
        var universities = await world.Directory.PartnersAsync(new(PartnerType: PartnerType.University));
        var inTanggamus = await world.Directory.PartnersAsync(new(RegencyCode: "18.06"));
        var inMesuji = await world.Directory.PartnersAsync(new(RegencyCode: "18.11"));
        var digital = await world.Directory.PartnersAsync(new(Area: "TD"));
        var byText = await world.Directory.PartnersAsync(new(Text: "tapis website"));
        var itera = await world.Directory.PartnersAsync(new(Text: "teknologi sumatera"));

        Assert.All(universities, p => Assert.Equal(PartnerType.University, p.Type));
        Assert.Contains(universities, p => p.Name == "Institut Teknologi Sumatera");
        // Province-wide partners (no regency listed) cover Tanggamus too; ITERA covers Lampung Selatan and Tulang Bawang Barat only.
        Assert.Contains(inTanggamus, p => p.Name == "Dinas PMD Provinsi Lampung");
        Assert.Contains(inTanggamus, p => p.Name.StartsWith("Universitas Lampung"));
        Assert.DoesNotContain(inTanggamus, p => p.Name == "Institut Teknologi Sumatera");
        Assert.DoesNotContain(inMesuji, p => p.Name.StartsWith("Universitas Lampung"));
        Assert.Contains(digital, p => p.Name == "Diskominfotik Provinsi Lampung");
        Assert.DoesNotContain(digital, p => p.Name == "Dinas PMD Provinsi Lampung");
        Assert.Empty(byText);
        Assert.Equal("Institut Teknologi Sumatera", Assert.Single(itera).Name);
    }

    [Fact]
    public async Task Villages_SearchByTextRegencyAndArea()
    {
        var tanggamus = await world.Directory.VillagesAsync(new(RegencyCode: "18.06"));
        var coffee = await world.Directory.VillagesAsync(new(Text: "robusta"));
        var digital = await world.Directory.VillagesAsync(new(Area: "TD"));

        Assert.Equal("Pekon Karang Brak", Assert.Single(tanggamus).Village);
        Assert.Equal("Siti Rahmawati", tanggamus[0].Contact);
        Assert.Equal("Pekon Karang Brak", Assert.Single(coffee).Village);
        Assert.Contains(digital, v => v.Village == "Pekon Kubu Perahu");
    }
}
