namespace SmartVillage.Domain.Workshops;

/// <summary>Draft: only its trainers see it. Published: officials see it and may register. Cancelled: kept for the record.</summary>
public enum WorkshopStatus
{
    Draft = 0,
    Published = 1,
    Cancelled = 2,
}
