using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Features.Networks.Collaboration;
using SmartVillage.Learning.Features.Networks;

namespace SmartVillage.Learning.Tests.Features.Networks;

public class CollaborationServiceTests(NetworkWorld world) : IClassFixture<NetworkWorld>
{
    [Fact]
    public async Task Need_AnsweredByAnotherVillage_MarkedMetByPoster_PosterNotified()
    {
        var form = NetworkWorld.Need();
        var id = await world.Collaboration.PostAsync(form, world.Panaragan);
        var before = await world.Notifications.UnreadCountAsync(world.Panaragan.UserId);

        var responseId = await world.Collaboration.RespondAsync(id, new ResponseForm { Body = "Kami bisa bantu lewat Zoom, Kamis depan." }, world.BandarDewa);
        await world.Collaboration.MarkMetAsync(id, responseId, world.Panaragan);

        var detail = (await world.Collaboration.GetAsync(id, world.Siti))!;
        Assert.Equal(CollaborationStatus.Met, detail.Status);
        Assert.Equal(responseId, detail.MetByResponseId);
        Assert.StartsWith("Tiyuh Panaragan", detail.Village);
        Assert.Contains("Bandar Dewa", detail.Responses.Single().Author);
        Assert.Equal(before + 1, await world.Notifications.UnreadCountAsync(world.Panaragan.UserId));
        var note = (await world.Notifications.ListAsync(world.Panaragan.UserId)).First();
        Assert.Contains("menanggapi permintaan Anda", note.Text);
        Assert.Equal($"/collaboration/{id}", note.Link);
    }

    [Fact]
    public async Task MarkMet_ByAnyoneButThePoster_Refused_RequestStaysOpen()
    {
        var id = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.Panaragan);
        var responseId = await world.Collaboration.RespondAsync(id, new ResponseForm { Body = "Bisa." }, world.BandarDewa);

        foreach (var wrong in new[] { world.BandarDewa, world.PanaraganColleague, world.Hendra, world.Admin })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.MarkMetAsync(id, responseId, wrong));
            Assert.Equal(NetworkAccess.MarkMetRefused, refused.Message);
        }
        Assert.Equal(CollaborationStatus.Open, (await world.Collaboration.GetAsync(id, world.Panaragan))!.Status);
    }

    [Fact]
    public async Task MarkMet_WithAResponseOfAnotherRequest_Refused()
    {
        var mine = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.Panaragan);
        var other = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.BandarDewa);
        var foreign = await world.Collaboration.RespondAsync(other, new ResponseForm { Body = "Bisa." }, world.Siti);

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.MarkMetAsync(mine, foreign, world.Panaragan));

        Assert.Contains("Pilih tanggapan yang membantu", refused.Message);
    }

    [Fact]
    public async Task Respond_SameVillageOrReviewer_Refused_MentorAndOtherVillage_Allowed()
    {
        var id = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.Panaragan);

        var sameVillage = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.RespondAsync(id, new ResponseForm { Body = "Kami juga." }, world.PanaraganColleague));
        var reviewer = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.RespondAsync(id, new ResponseForm { Body = "Catatan." }, world.Ahmad));
        var own = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.RespondAsync(id, new ResponseForm { Body = "Naik." }, world.Panaragan));
        await world.Collaboration.RespondAsync(id, new ResponseForm { Body = "LPPM dapat mengirim mahasiswa KKN." }, world.Maria);
        await world.Collaboration.RespondAsync(id, new ResponseForm { Body = "Pekon kami sudah punya website." }, world.Siti);

        Assert.Equal(NetworkAccess.OwnVillageRefused, sameVillage.Message);
        Assert.Equal(NetworkAccess.RespondRefused, reviewer.Message);
        Assert.Equal(NetworkAccess.OwnVillageRefused, own.Message);
        Assert.Equal(2, (await world.Collaboration.GetAsync(id, world.Ahmad))!.Responses.Count);
    }

    [Fact]
    public async Task Post_ByStaffOrReviewer_Refused_InvalidForm_RefusedInIndonesian()
    {
        foreach (var wrong in new[] { world.Hendra, world.Ahmad, world.Admin })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.PostAsync(NetworkWorld.Need(), wrong));
            Assert.Equal(NetworkAccess.PostRefused, refused.Message);
        }
        var invalid = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.PostAsync(new CollaborationForm { Title = " " }, world.Panaragan));
        Assert.Contains("Judul wajib diisi.", invalid.Message);
        Assert.Contains("Uraikan kebutuhan atau tawaran desa Anda.", invalid.Message);
        Assert.Contains("Pilih jalur atau tulis bidangnya", invalid.Message);
    }

    [Fact]
    public async Task Hide_ByOfficial_Refused_ByTrainer_GoneForOthers_PosterSeesReason_Reopened()
    {
        var form = NetworkWorld.Need();
        var id = await world.Collaboration.PostAsync(form, world.Panaragan);

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.HideAsync(id, "spam", world.BandarDewa));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.HideAsync(id, " ", world.Hendra));
        await world.Collaboration.HideAsync(id, "Berisi nomor rekening pribadi.", world.Hendra);

        Assert.Equal(NetworkAccess.ModerateRefused, refused.Message);
        Assert.Contains("alasan", noReason.Message);
        Assert.Null(await world.Collaboration.GetAsync(id, world.BandarDewa));
        Assert.DoesNotContain(await world.Collaboration.ListAsync(new(), world.BandarDewa), r => r.Id == id);
        await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.RespondAsync(id, new ResponseForm { Body = "x" }, world.BandarDewa));
        Assert.Equal("Berisi nomor rekening pribadi.", (await world.Collaboration.GetAsync(id, world.Panaragan))!.HiddenReason);
        Assert.Contains(await world.Collaboration.ListAsync(new(Status: CollaborationStatus.Hidden), world.Hendra), r => r.Id == id);

        await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.ReopenAsync(id, world.Panaragan));
        await world.Collaboration.ReopenAsync(id, world.Admin);
        Assert.Equal(CollaborationStatus.Open, (await world.Collaboration.GetAsync(id, world.BandarDewa))!.Status);
    }

    [Fact]
    public async Task Post_SameFormTwiceAndAtOnce_OneRequest()
    {
        var form = NetworkWorld.Need();

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.Collaboration.PostAsync(form, world.Panaragan)));
        var again = await world.Collaboration.PostAsync(form, world.Panaragan);

        Assert.Single(ids.Append(again).Distinct());
        Assert.Equal(1, await world.Database.QueryAsync(db => db.CollaborationRequests.CountAsync(r => r.Title == form.Title)));
        // Another person replaying the token is refused rather than handed the first person's request.
        await Assert.ThrowsAsync<DomainException>(() => world.Collaboration.PostAsync(form, world.BandarDewa));
    }

    [Fact]
    public async Task Respond_DoubleClick_OneResponseAndOneNotification()
    {
        var id = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.Panaragan);
        var form = new ResponseForm { Body = "Kami bisa bantu." };
        var before = await world.Database.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == world.Panaragan.UserId));

        await Task.WhenAll(world.Collaboration.RespondAsync(id, form, world.BandarDewa), world.Collaboration.RespondAsync(id, form, world.BandarDewa));

        Assert.Single((await world.Collaboration.GetAsync(id, world.Panaragan))!.Responses);
        Assert.Equal(before + 1, await world.Database.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == world.Panaragan.UserId)));
    }

    [Fact]
    public async Task List_FiltersByKindStatusRegencyTrackAndText()
    {
        var need = await world.Collaboration.PostAsync(NetworkWorld.Need("Butuh pelatih Siskeudes", "MP"), world.Panaragan);
        var offerForm = NetworkWorld.Need("Tawaran berbagi aplikasi surat", "TD");
        offerForm.Kind = CollaborationKind.Offer;
        var offer = await world.Collaboration.PostAsync(offerForm, world.Siti);

        var offers = await world.Collaboration.ListAsync(new(Kind: CollaborationKind.Offer), world.Ahmad);
        var tbb = await world.Collaboration.ListAsync(new(RegencyCode: "18.12"), world.Ahmad);
        var mp = await world.Collaboration.ListAsync(new(TrackCode: "MP"), world.Ahmad);
        var text = await world.Collaboration.ListAsync(new(Text: "siskeudes"), world.Ahmad);
        var met = await world.Collaboration.ListAsync(new(Status: CollaborationStatus.Met), world.Ahmad);

        Assert.Contains(offers, r => r.Id == offer);
        Assert.DoesNotContain(offers, r => r.Id == need);
        Assert.Contains(tbb, r => r.Id == need);
        Assert.DoesNotContain(tbb, r => r.Id == offer);
        Assert.All(tbb, r => Assert.Equal("Kabupaten Tulang Bawang Barat", r.RegencyName));
        Assert.Contains(mp, r => r.Id == need);
        Assert.DoesNotContain(mp, r => r.Id == offer);
        Assert.Contains(text, r => r.Id == need);
        Assert.DoesNotContain(text, r => r.Id == offer);
        Assert.All(met, r => Assert.Equal(CollaborationStatus.Met, r.Status));
    }
}
