namespace SmartVillage.Domain.Accounts;

/// <summary>One line of an officials roster as read from a CSV file, before it is checked.</summary>
public sealed record OfficialRosterRow(
    int LineNumber,
    string? Name,
    string? Position,
    string? VillageCode,
    string? Phone,
    string? Email,
    string? Gender,
    string? BirthYear);
