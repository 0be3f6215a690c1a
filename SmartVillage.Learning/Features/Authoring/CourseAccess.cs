using SmartVillage.Domain;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>
/// The one rule of authoring: a course is edited by its own trainers (owner or co-trainer) and by admins.
/// Everyone else, another trainer included, is refused, whatever page or call they come through.
/// </summary>
public static class CourseAccess
{
    public const string RefusedMessage =
        "Anda bukan pelatih kursus ini, jadi tidak dapat mengubahnya. Minta pemilik kursus menambahkan Anda sebagai pelatih pendamping, atau hubungi admin.";

    public const string CreateRefusedMessage = "Hanya pelatih dan admin yang dapat menyusun kursus.";

    public static bool CanCreate(Actor editor) => editor.IsEditingStaff;

    public static bool CanEdit(Actor editor, IEnumerable<string> trainerIds) =>
        editor.IsAdmin || trainerIds.Contains(editor.UserId);

    public static bool CanEdit(Actor editor, Course course) => editor.IsAdmin || course.IsTrainer(editor.UserId);

    public static void DemandCreate(Actor editor)
    {
        if (!CanCreate(editor)) throw new DomainException(CreateRefusedMessage);
    }

    public static void DemandEdit(Actor editor, Course course)
    {
        if (!CanEdit(editor, course)) throw new DomainException(RefusedMessage);
    }

    public static void DemandEdit(Actor editor, IEnumerable<string> trainerIds)
    {
        if (!CanEdit(editor, trainerIds)) throw new DomainException(RefusedMessage);
    }
}
