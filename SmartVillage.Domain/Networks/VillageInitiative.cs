namespace SmartVillage.Domain.Networks;

/// <summary>One smart-village initiative of a village ("Website pekon", "Pembayaran PBB non-tunai"), with its status.</summary>
public sealed class VillageInitiative
{
    private VillageInitiative() { }

    public VillageInitiative(string title, string? trackCode, InitiativeStatus status, string? note)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Nama inisiatif wajib diisi.");
        Title = title.Trim();
        TrackCode = string.IsNullOrWhiteSpace(trackCode) ? null : trackCode.Trim().ToUpperInvariant();
        Status = status;
        Note = note?.Trim() ?? "";
    }

    public int Id { get; private set; }
    public string VillageCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? TrackCode { get; private set; }
    public InitiativeStatus Status { get; private set; }
    public string Note { get; private set; } = "";
}
