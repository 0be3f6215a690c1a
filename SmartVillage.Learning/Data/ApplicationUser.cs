using Microsoft.AspNetCore.Identity;
using SmartVillage.Domain.Accounts;

namespace SmartVillage.Learning.Data;

/// <summary>
/// A person who signs in. Officials carry their post and village; reviewers may be scoped to one
/// regency. The user name is the phone number in E.164 when there is one, else the email, so
/// either signs in. NIK is never stored.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string FullName { get; set; } = "";

    public OfficialPosition? Position { get; set; }

    /// <summary>Dotted Kemendagri code of the official's village, e.g. 18.06.05.2001.</summary>
    public string? VillageCode { get; set; }

    [PersonalData]
    public Gender? Gender { get; set; }

    [PersonalData]
    public int? BirthYear { get; set; }

    /// <summary>For a reviewer: the regency code they may read; null reads the whole province.</summary>
    public string? ReviewerRegencyCode { get; set; }

    /// <summary>Interface language chosen by the person ("id" or "en").</summary>
    public string PreferredCulture { get; set; } = "id";

    public DateTimeOffset CreatedAt { get; set; }
}
