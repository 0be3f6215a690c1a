using SmartVillage.Domain.Accounts;

namespace SmartVillage.Domain.Tests.Accounts;

/// <summary>A valid roster line (Bu Siti of Karang Brak) unless a test says otherwise.</summary>
public sealed class OfficialRosterRowBuilder
{
    private OfficialRosterRow row = new(
        LineNumber: 2,
        Name: "Siti Rahmawati",
        Position: "Kaur Keuangan",
        VillageCode: "18.06.16.2010",
        Phone: "0812-7000-0001",
        Email: "siti@example.test",
        Gender: "P",
        BirthYear: "1986");

    public OfficialRosterRowBuilder With(Func<OfficialRosterRow, OfficialRosterRow> change)
    {
        row = change(row);
        return this;
    }

    public OfficialRosterRow Build() => row;

    public static implicit operator OfficialRosterRow(OfficialRosterRowBuilder builder) => builder.Build();
}
