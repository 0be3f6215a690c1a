using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>
/// Who may do what in the networks features (docs/decisions/0009-networks-authorization.md). Every service call asks
/// here with the person's village read from their account, whatever page or call they come through.
/// </summary>
public static class NetworkAccess
{
    public const string ProfileRefused = "Profil ini hanya dapat diubah oleh aparatur desa tersebut atau admin.";
    public const string PartnersRefused = "Hanya admin dan pelatih yang dapat mengelola data mitra.";
    public const string PostRefused = "Hanya aparatur desa yang dapat memasang kebutuhan atau tawaran untuk desanya.";
    public const string RespondRefused = "Akun Anda hanya dapat membaca; tanggapan dikirim oleh aparatur desa lain atau staf program dan mitra.";
    public const string OwnVillageRefused = "Ini permintaan desa Anda sendiri; tanggapan datang dari desa lain atau mitra.";
    public const string MarkMetRefused = "Hanya pemasang permintaan yang dapat menandainya terpenuhi.";
    public const string ModerateRefused = "Hanya pelatih dan admin yang dapat memoderasi.";
    public const string DiscussRefused = "Akun peninjau hanya dapat membaca diskusi.";

    public static bool CanEditProfile(Actor member, string? memberVillage, string profileVillage) =>
        member.IsAdmin || (member.IsOfficial && memberVillage == profileVillage);

    public static bool CanManagePartners(Actor member) => member.IsAdmin || member.IsTrainer;

    public static bool CanPost(Actor member, string? memberVillage) => member.IsOfficial && memberVillage is not null;

    public static bool CanDiscuss(Actor member) => member.IsOfficial || member.IsStaff;

    public static void DemandEditProfile(Actor member, string? memberVillage, string profileVillage)
    {
        if (!CanEditProfile(member, memberVillage, profileVillage)) throw new DomainException(ProfileRefused);
    }

    public static void DemandManagePartners(Actor member)
    {
        if (!CanManagePartners(member)) throw new DomainException(PartnersRefused);
    }

    public static void DemandPost(Actor member, string? memberVillage)
    {
        if (!CanPost(member, memberVillage)) throw new DomainException(PostRefused);
    }

    /// <summary>Officials of another village, and staff; never the poster's own village, never a reviewer alone.</summary>
    public static void DemandRespond(Actor member, string? memberVillage, string requestVillage)
    {
        if (member.IsOfficial && memberVillage == requestVillage && !member.IsStaff) throw new DomainException(OwnVillageRefused);
        if (!member.IsStaff && !(member.IsOfficial && memberVillage is not null)) throw new DomainException(RespondRefused);
    }

    public static void DemandModerate(Actor member)
    {
        if (!member.IsModerator) throw new DomainException(ModerateRefused);
    }

    public static void DemandDiscuss(Actor member)
    {
        if (!CanDiscuss(member)) throw new DomainException(DiscussRefused);
    }
}
