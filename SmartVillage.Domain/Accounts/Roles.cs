namespace SmartVillage.Domain.Accounts;

/// <summary>The roles a person can hold. Names are stored in the database; do not rename.</summary>
public static class Roles
{
    public const string Official = nameof(Official);
    public const string Trainer = nameof(Trainer);
    public const string Mentor = nameof(Mentor);
    public const string Reviewer = nameof(Reviewer);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Official, Trainer, Mentor, Reviewer, Admin];

    /// <summary>Indonesian label a village office would use.</summary>
    public static string Label(string role) => role switch
    {
        Official => "Aparatur Pekon",
        Trainer => "Pelatih",
        Mentor => "Pendamping",
        Reviewer => "Peninjau",
        Admin => "Admin",
        _ => role,
    };
}
