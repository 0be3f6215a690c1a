using SmartVillage.Domain.Regions;

namespace SmartVillage.Domain.Networks;

/// <summary>
/// What a village tells other villages about itself: its potential, the smart-village initiatives under way and
/// which of its officials to contact. One profile per village, keyed by the village code.
/// </summary>
public sealed class VillageProfile
{
    public const int MaxInitiatives = 20;

    private readonly List<VillageInitiative> _initiatives = [];

    private VillageProfile() { }

    public VillageProfile(string villageCode, DateTimeOffset now)
    {
        VillageCode = RegionCode.Require(villageCode, RegionLevel.Village);
        RegencyCode = villageCode[..5];
        UpdatedAt = now;
    }

    public string VillageCode { get; private set; } = "";

    /// <summary>Copied from the code so the directory filters by regency on an index, without parsing codes in SQL.</summary>
    public string RegencyCode { get; private set; } = "";

    public string Potential { get; private set; } = "";
    public string? ContactUserId { get; private set; }
    public string? UpdatedById { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<VillageInitiative> Initiatives => _initiatives;

    /// <summary>
    /// Replaces what the profile says. The contact must be an official of this village (the caller checks it
    /// against the accounts, since the domain does not see them).
    /// </summary>
    public void Update(string? potential, string? contactUserId, IEnumerable<VillageInitiative> initiatives, string editorId, DateTimeOffset now)
    {
        var list = initiatives.ToList();
        if (list.Count > MaxInitiatives) throw new DomainException($"Paling banyak {MaxInitiatives} inisiatif per desa.");
        Potential = potential?.Trim() ?? "";
        ContactUserId = string.IsNullOrWhiteSpace(contactUserId) ? null : contactUserId;
        _initiatives.Clear();
        _initiatives.AddRange(list);
        UpdatedById = editorId;
        UpdatedAt = now;
    }
}
