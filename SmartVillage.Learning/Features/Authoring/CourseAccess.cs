using System.Security.Claims;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>Who is asking to author: the signed-in person's id and the roles that matter here.</summary>
public sealed record CourseEditor(string UserId, bool IsAdmin, bool IsTrainer)
{
    public static CourseEditor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException("Masuk terlebih dahulu."),
        user.IsInRole(Roles.Admin),
        user.IsInRole(Roles.Trainer));

    public static CourseEditor Trainer(string userId) => new(userId, IsAdmin: false, IsTrainer: true);

    public static CourseEditor Admin(string userId) => new(userId, IsAdmin: true, IsTrainer: false);
}

/// <summary>
/// The one rule of authoring: a course is edited by its own trainers (owner or co-trainer) and by admins.
/// Everyone else, another trainer included, is refused, whatever page or call they come through.
/// </summary>
public static class CourseAccess
{
    public const string RefusedMessage =
        "Anda bukan pelatih kursus ini, jadi tidak dapat mengubahnya. Minta pemilik kursus menambahkan Anda sebagai pelatih pendamping, atau hubungi admin.";

    public const string CreateRefusedMessage = "Hanya pelatih dan admin yang dapat menyusun kursus.";

    public static bool CanCreate(CourseEditor editor) => editor.IsAdmin || editor.IsTrainer;

    public static bool CanEdit(CourseEditor editor, IEnumerable<string> trainerIds) =>
        editor.IsAdmin || trainerIds.Contains(editor.UserId);

    public static bool CanEdit(CourseEditor editor, Course course) => editor.IsAdmin || course.IsTrainer(editor.UserId);

    public static void DemandCreate(CourseEditor editor)
    {
        if (!CanCreate(editor)) throw new DomainException(CreateRefusedMessage);
    }

    public static void DemandEdit(CourseEditor editor, Course course)
    {
        if (!CanEdit(editor, course)) throw new DomainException(RefusedMessage);
    }

    public static void DemandEdit(CourseEditor editor, IEnumerable<string> trainerIds)
    {
        if (!CanEdit(editor, trainerIds)) throw new DomainException(RefusedMessage);
    }
}
