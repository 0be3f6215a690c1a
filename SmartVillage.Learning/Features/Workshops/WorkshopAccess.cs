using SmartVillage.Domain;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// The one rule of running a workshop, as for courses (<see cref="CourseAccess"/>): its own trainers (owner or
/// co-trainer) and admins change it, take attendance and download its daftar hadir; everyone else is refused.
/// The person is a <see cref="Actor"/> (id and roles), whatever page or call they come through.
/// </summary>
public static class WorkshopAccess
{
    public const string RefusedMessage =
        "Anda bukan pelatih bimtek ini, jadi tidak dapat mengubahnya. Minta pemilik bimtek menambahkan Anda sebagai pelatih, atau hubungi admin.";

    public const string CreateRefusedMessage = "Hanya pelatih dan admin yang dapat menyusun bimtek.";

    public static bool CanCreate(Actor editor) => editor.IsAdmin || editor.IsTrainer;

    public static bool CanEdit(Actor editor, IEnumerable<string> trainerIds) => editor.IsAdmin || trainerIds.Contains(editor.UserId);

    public static void DemandCreate(Actor editor)
    {
        if (!CanCreate(editor)) throw new DomainException(CreateRefusedMessage);
    }

    public static void DemandEdit(Actor editor, IEnumerable<string> trainerIds)
    {
        if (!CanEdit(editor, trainerIds)) throw new DomainException(RefusedMessage);
    }
}
