namespace SmartVillage.Domain.Certificates;

/// <summary>Dates as an Indonesian letter writes them ("5 November 2026"), independent of the server's culture data.</summary>
public static class IndonesianDate
{
    public static readonly IReadOnlyList<string> Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
