using SmartVillage.Learning.Features.Networks.Collaboration;

namespace SmartVillage.Learning.Tests.Features.Networks;

public class NetworkReportsTests(NetworkWorld world) : IClassFixture<NetworkWorld>
{
    [Fact]
    public async Task CollaborationByRegency_CountsPostedAndMet_HiddenLeftOut()
    {
        var before = (await world.Reports.CollaborationByRegencyAsync()).ToDictionary(r => r.RegencyCode);
        var met = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.Panaragan);
        await world.Collaboration.PostAsync(NetworkWorld.Need(), world.BandarDewa);
        var hidden = await world.Collaboration.PostAsync(NetworkWorld.Need(), world.BandarDewa);
        var response = await world.Collaboration.RespondAsync(met, new ResponseForm { Body = "Bisa." }, world.Siti);
        await world.Collaboration.MarkMetAsync(met, response, world.Panaragan);
        await world.Collaboration.HideAsync(hidden, "Ganda", world.Hendra);

        var after = (await world.Reports.CollaborationByRegencyAsync()).ToDictionary(r => r.RegencyCode);
        var scoped = await world.Reports.CollaborationByRegencyAsync("18.12");

        var tbb = after["18.12"];
        Assert.Equal("Kabupaten Tulang Bawang Barat", tbb.RegencyName);
        Assert.Equal(before.GetValueOrDefault("18.12")?.Posted + 2 ?? 2, tbb.Posted);
        Assert.Equal(before.GetValueOrDefault("18.12")?.Met + 1 ?? 1, tbb.Met);
        Assert.Equal(before["18.06"].Posted, after["18.06"].Posted);
        Assert.Equal("18.12", Assert.Single(scoped).RegencyCode);
    }
}
