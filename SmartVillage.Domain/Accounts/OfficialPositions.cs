namespace SmartVillage.Domain.Accounts;

public static class OfficialPositions
{
    private static readonly Dictionary<OfficialPosition, string> Labels = new()
    {
        [OfficialPosition.VillageHead] = "Kepala Pekon",
        [OfficialPosition.Secretary] = "Sekretaris Pekon",
        [OfficialPosition.FinanceAffairsHead] = "Kaur Keuangan",
        [OfficialPosition.PlanningAffairsHead] = "Kaur Perencanaan",
        [OfficialPosition.GeneralAffairsHead] = "Kaur Umum",
        [OfficialPosition.GovernmentSectionHead] = "Kasi Pemerintahan",
        [OfficialPosition.WelfareSectionHead] = "Kasi Kesejahteraan",
        [OfficialPosition.ServicesSectionHead] = "Kasi Pelayanan",
        [OfficialPosition.HamletHead] = "Kepala Dusun",
        [OfficialPosition.BpdMember] = "Anggota BPD",
    };

    // Rosters from different regencies name the same post differently.
    private static readonly Dictionary<string, OfficialPosition> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kepala pekon"] = OfficialPosition.VillageHead,
        ["kepala desa"] = OfficialPosition.VillageHead,
        ["kepala tiyuh"] = OfficialPosition.VillageHead,
        ["kepala kampung"] = OfficialPosition.VillageHead,
        ["kades"] = OfficialPosition.VillageHead,
        ["peratin"] = OfficialPosition.VillageHead,
        ["kakon"] = OfficialPosition.VillageHead,
        ["sekretaris"] = OfficialPosition.Secretary,
        ["sekretaris pekon"] = OfficialPosition.Secretary,
        ["sekretaris desa"] = OfficialPosition.Secretary,
        ["sekretaris tiyuh"] = OfficialPosition.Secretary,
        ["sekretaris kampung"] = OfficialPosition.Secretary,
        ["sekdes"] = OfficialPosition.Secretary,
        ["kaur keuangan"] = OfficialPosition.FinanceAffairsHead,
        ["kaur perencanaan"] = OfficialPosition.PlanningAffairsHead,
        ["kaur umum"] = OfficialPosition.GeneralAffairsHead,
        ["kaur umum dan perencanaan"] = OfficialPosition.GeneralAffairsHead,
        ["kasi pemerintahan"] = OfficialPosition.GovernmentSectionHead,
        ["kasi kesejahteraan"] = OfficialPosition.WelfareSectionHead,
        ["kasi pelayanan"] = OfficialPosition.ServicesSectionHead,
        ["kepala dusun"] = OfficialPosition.HamletHead,
        ["kadus"] = OfficialPosition.HamletHead,
        ["pemangku"] = OfficialPosition.HamletHead,
        ["anggota bpd"] = OfficialPosition.BpdMember,
        ["bpd"] = OfficialPosition.BpdMember,
        ["ketua bpd"] = OfficialPosition.BpdMember,
    };

    public static IReadOnlyCollection<OfficialPosition> All => Labels.Keys;

    public static string Label(OfficialPosition position) => Labels[position];

    /// <summary>The label with the local word for the village, e.g. "Kepala Tiyuh" in Tulang Bawang Barat.</summary>
    public static string Label(OfficialPosition position, string villageTerm) => position switch
    {
        OfficialPosition.VillageHead when villageTerm == "Kelurahan" => "Lurah",
        OfficialPosition.VillageHead => $"Kepala {villageTerm}",
        OfficialPosition.Secretary when villageTerm == "Kelurahan" => "Sekretaris Kelurahan",
        OfficialPosition.Secretary => $"Sekretaris {villageTerm}",
        _ => Labels[position],
    };

    public static bool TryParse(string? text, out OfficialPosition position)
    {
        position = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (Aliases.TryGetValue(key, out position)) return true;
        return Enum.TryParse(key, ignoreCase: true, out position) && Enum.IsDefined(position);
    }
}
