using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// Who reads what of an evaluation (decision 0017): the official answers their own; the trainers of the bimtek or course
/// read its aggregated results, their own trainer section and the organisation's, never who answered what when the form is
/// anonymous; admins and reviewers read every section (a regency reviewer only the bimtek held in their regency), and the
/// province counts responses by regency. Every check runs here, in the service, whatever page or URL asked.
/// </summary>
public static class EvaluationAccess
{
    public const string RefusedMessage = "Anda bukan pelatih bimtek atau kursus ini, jadi tidak dapat membuka hasil evaluasinya.";
    public const string AnonymousMessage = "Evaluasi ini anonim bagi pelatih: jawaban per orang tidak dapat dibuka, hanya hasil gabungan.";
    public const string OwnHistoryMessage = "Pelatih hanya dapat membuka riwayat evaluasi dirinya sendiri.";
    public const string OfficialsOnlyMessage = "Evaluasi diisi oleh aparatur peserta bimtek atau kursus.";

    /// <summary>How much of one evaluation's results the actor reads.</summary>
    public enum Reach
    {
        /// <summary>Admins and reviewers: every trainer's section and the counts by regency.</summary>
        All,

        /// <summary>A trainer of it: the organisation section and their own trainer section.</summary>
        OwnTrainerSection,
    }

    public static async Task<Reach> DemandResultsAsync(LearningDbContext db, Actor actor, Evaluation evaluation, CancellationToken ct)
    {
        if (actor.IsAdmin) return Reach.All;
        if (actor.IsReviewer)
        {
            if (actor.ReviewerRegencyCode is null) return Reach.All;
            if (evaluation.WorkshopId is { } workshopId
                && await db.Workshops.AnyAsync(w => w.Id == workshopId && w.RegencyCode == actor.ReviewerRegencyCode, ct)) return Reach.All;
        }
        if (await IsTrainerOfAsync(db, actor.UserId, evaluation.Subject, evaluation.SubjectId, ct)) return Reach.OwnTrainerSection;
        throw new DomainException(RefusedMessage);
    }

    public static async Task<bool> IsTrainerOfAsync(LearningDbContext db, string userId, EvaluationSubject subject, int subjectId, CancellationToken ct) =>
        subject == EvaluationSubject.Workshop
            ? await db.WorkshopTrainers.AnyAsync(t => t.WorkshopId == subjectId && t.UserId == userId, ct)
            : await db.CourseTrainers.AnyAsync(t => t.CourseId == subjectId && t.UserId == userId, ct);

    /// <summary>Trainers of it and admins may rebuild the form (template version, anonymity) while nobody has answered.</summary>
    public static async Task DemandBuildAsync(LearningDbContext db, Actor actor, EvaluationSubject subject, int subjectId, CancellationToken ct)
    {
        if (actor.IsAdmin) return;
        if (actor.IsTrainer && await IsTrainerOfAsync(db, actor.UserId, subject, subjectId, ct)) return;
        throw new DomainException(RefusedMessage);
    }

    /// <summary>A trainer reads their own history; admins and reviewers read anyone's.</summary>
    public static void DemandHistory(Actor actor, string trainerId)
    {
        if (actor.IsAdmin || actor.IsReviewer) return;
        if (actor.IsTrainer && actor.UserId == trainerId) return;
        throw new DomainException(OwnHistoryMessage);
    }
}
