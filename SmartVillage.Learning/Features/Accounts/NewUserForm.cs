using SmartVillage.Domain.Accounts;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>What an admin fills in to create an account.</summary>
public sealed class NewUserForm
{
    public string FullName { get; set; } = "";
    public string Role { get; set; } = Roles.Official;
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string Password { get; set; } = "";
    public OfficialPosition? Position { get; set; }
    public string? VillageCode { get; set; }
    public string? ReviewerRegencyCode { get; set; }
    public Gender? Gender { get; set; }
    public int? BirthYear { get; set; }
}
