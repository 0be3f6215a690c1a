using SmartVillage.Domain.Regions;

namespace SmartVillage.Domain.Networks;

/// <summary>
/// A body that helps villages: a province agency, an NGO, a university or a company (its CSR). It lists the areas
/// it helps with, the regencies it covers (none = the whole province) and a contact person.
/// </summary>
public sealed class Partner
{
    private readonly List<PartnerRegency> _regencies = [];

    private Partner() { }

    public Partner(string name, PartnerType type, DateTimeOffset now)
    {
        Rename(name, type, now);
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public PartnerType Type { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>"|mp|website desa|": see <see cref="AreaTags"/>.</summary>
    public string Areas { get; private set; } = "";

    public string ContactName { get; private set; } = "";
    public string? ContactPhone { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? Website { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<PartnerRegency> Regencies => _regencies;

    public IReadOnlyList<string> AreaList => AreaTags.Split(Areas);

    public void Rename(string name, PartnerType type, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Nama mitra wajib diisi.");
        Name = name.Trim();
        Type = type;
        UpdatedAt = now;
    }

    public void Describe(string? description, IEnumerable<string> areas, string contactName, string? phone, string? email, string? website, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(contactName)) throw new DomainException("Nama narahubung mitra wajib diisi.");
        Description = description?.Trim() ?? "";
        Areas = AreaTags.Join(AreaTags.Normalize(areas));
        ContactName = contactName.Trim();
        ContactPhone = Blank(phone);
        ContactEmail = Blank(email);
        Website = Blank(website);
        UpdatedAt = now;
    }

    /// <summary>Replaces the regencies covered; an empty list means the whole province.</summary>
    public void Cover(IEnumerable<string> regencyCodes, DateTimeOffset now)
    {
        var codes = regencyCodes.Select(c => c.Trim()).Distinct().ToList();
        foreach (var code in codes) RegionCode.Require(code, RegionLevel.Regency);
        _regencies.RemoveAll(r => !codes.Contains(r.RegencyCode));
        foreach (var code in codes.Where(c => _regencies.All(r => r.RegencyCode != c))) _regencies.Add(new PartnerRegency(Id, code));
        UpdatedAt = now;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
