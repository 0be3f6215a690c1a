using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Directory;

/// <summary>The directory's search; null or empty means any.</summary>
public sealed record DirectoryQuery(string? Text = null, string? RegencyCode = null, PartnerType? PartnerType = null, string? Area = null);

public sealed record VillageProfileSummary(string VillageCode, string Village, string RegencyName, string Potential,
    IReadOnlyList<InitiativeView> Initiatives, string? Contact);

public sealed record InitiativeView(string Title, string? TrackCode, InitiativeStatus Status, string Note);

public sealed record ContactOption(string UserId, string Label);

public sealed record ContactView(string Name, string? Position, string? Phone);

/// <summary>A village's page: what it says, who to contact, and whether the reader may edit it.</summary>
public sealed record VillageProfileView(string VillageCode, string Village, string DistrictName, string RegencyName, bool HasProfile,
    VillageProfileForm Form, IReadOnlyList<InitiativeView> Initiatives, ContactView? Contact, IReadOnlyList<ContactOption> ContactOptions,
    DateTimeOffset? UpdatedAt, bool CanEdit);

public sealed record PartnerView(int Id, string Name, PartnerType Type, string Description, IReadOnlyList<string> Areas,
    IReadOnlyList<string> Regencies, string ContactName, string? ContactPhone, string? ContactEmail, string? Website);
