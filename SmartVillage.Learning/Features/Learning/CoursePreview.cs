using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Learning;

/// <summary>Who may open a draft course and its unpublished lessons: the course's trainers and admins (the catalog and the reader ask alike).</summary>
internal static class CoursePreview
{
    public static async Task<bool> CanPreviewAsync(LearningDbContext db, int courseId, string userId, CancellationToken ct) =>
        await db.CourseTrainers.AnyAsync(t => t.CourseId == courseId && t.UserId == userId, ct)
        || await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(name => name == Roles.Admin, ct);
}
