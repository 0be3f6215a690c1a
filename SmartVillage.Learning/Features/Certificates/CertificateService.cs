using System.IO.Compression;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// The use cases around issued certificates: public verification, the official's own list, downloads (owner, trainers of
/// the course or workshop, reviewers, admins), a trainer's batch issue and zip, and the admin's revocation, re-issue and
/// signatory settings. Every call checks who asks through <see cref="CertificateAccess"/>, <see cref="CourseAccess"/> or
/// <see cref="WorkshopAccess"/>.
/// </summary>
public sealed class CertificateService(
    IDbContextFactory<LearningDbContext> dbFactory,
    CertificateIssuer issuer,
    PublicBaseUrl baseUrl,
    IValidator<CertificateSettingsForm> settingsValidator,
    TimeProvider clock,
    IDomainEventDispatcher? events = null)
{
    public const string NotFoundMessage = "Sertifikat tidak ditemukan. Periksa kodenya.";

    // ---- Public ----

    public async Task<CertificateVerification> VerifyAsync(string? typedCode, CancellationToken ct = default)
    {
        var code = VerificationCode.Normalize(typedCode);
        if (code is null) return CertificateVerification.NotFound(typedCode?.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.VerificationCode == code, ct);
        if (certificate is null) return CertificateVerification.NotFound(code);
        var state = certificate.Status switch
        {
            CertificateStatus.Valid => VerificationState.Valid,
            CertificateStatus.Revoked => VerificationState.Revoked,
            _ => VerificationState.Replaced,
        };
        return new CertificateVerification(state, code, certificate.Snapshot, certificate.RevocationReason, certificate.RevokedAt, certificate.ReplacedByCode);
    }

    // ---- Officials ----

    public async Task<IReadOnlyList<CertificateRow>> MyCertificatesAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A replaced certificate is superseded by its re-issue: the official keeps the one that is current.
        return await Rows(db.Certificates.Where(c => c.UserId == userId && c.Status != CertificateStatus.Replaced)).ToListAsync(ct);
    }

    /// <summary>The PDF of a certificate, for those who may download it; rendered from the snapshot alone.</summary>
    public async Task<(byte[] Pdf, string FileName)> PdfAsync(string? typedCode, Actor viewer, CancellationToken ct = default)
    {
        var certificate = await LoadAsync(typedCode, ct);
        await DemandDownloadAsync(certificate, viewer, ct);
        return (CertificateDocument.Render(certificate.Snapshot), CertificateDocument.FileName(certificate.Snapshot));
    }

    private async Task DemandDownloadAsync(Certificate certificate, Actor viewer, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trainers = certificate.Kind == CertificateKind.Course
            ? await db.CourseTrainers.Where(t => t.CourseId == certificate.CourseId).Select(t => t.UserId).ToListAsync(ct)
            : await db.WorkshopTrainers.Where(t => t.WorkshopId == certificate.WorkshopId).Select(t => t.UserId).ToListAsync(ct);
        var ownerVillage = await db.Users.Where(u => u.Id == certificate.UserId).Select(u => u.VillageCode).SingleOrDefaultAsync(ct);
        if (!CertificateAccess.CanDownload(viewer, certificate.UserId, trainers, ownerVillage)) throw new DomainException(CertificateAccess.DownloadRefused);
    }

    // ---- Trainers ----

    public async Task<BatchIssueResult> IssueForWorkshopAsync(int workshopId, Actor editor, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct)) await WorkshopService.DemandEditAsync(db, workshopId, editor, ct);
        return await issuer.IssueAllAsync(CertificateKind.Workshop, workshopId, editor.UserId, ct);
    }

    public async Task<BatchIssueResult> IssueForCourseAsync(string slug, Actor editor, CancellationToken ct = default)
    {
        var courseId = await DemandCourseAsync(slug, editor, ct);
        return await issuer.IssueAllAsync(CertificateKind.Course, courseId, editor.UserId, ct);
    }

    public async Task<(string Title, IReadOnlyList<CertificateRow> Certificates)> ForWorkshopAsync(int workshopId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await WorkshopService.DemandEditAsync(db, workshopId, editor, ct);
        var title = await db.Workshops.Where(w => w.Id == workshopId).Select(w => w.Title).SingleAsync(ct);
        return (title, await Rows(db.Certificates.Where(c => c.WorkshopId == workshopId)).ToListAsync(ct));
    }

    public async Task<(string Title, IReadOnlyList<CertificateRow> Certificates)> ForCourseAsync(string slug, Actor editor, CancellationToken ct = default)
    {
        var courseId = await DemandCourseAsync(slug, editor, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var title = await db.Courses.Where(c => c.Id == courseId).Select(c => c.Title).SingleAsync(ct);
        return (title, await Rows(db.Certificates.Where(c => c.CourseId == courseId)).ToListAsync(ct));
    }

    /// <summary>
    /// Writes the workshop's current certificates as one zip to <paramref name="output"/>, one PDF at a time (a PDF is
    /// rendered, written and dropped before the next), reporting how many are done.
    /// </summary>
    public async Task<int> WriteWorkshopZipAsync(int workshopId, Actor editor, Stream output, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken ct = default)
    {
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await WorkshopService.DemandEditAsync(db, workshopId, editor, ct);
            ids = await db.Certificates.Where(c => c.WorkshopId == workshopId && c.Status == CertificateStatus.Valid)
                .OrderBy(c => c.Sequence).Select(c => c.Id).ToListAsync(ct);
        }
        return await CertificateZip.WriteAsync(output, ids.Count, SnapshotsAsync(ids, ct), progress, ct);
    }

    private async IAsyncEnumerable<CertificateSnapshot> SnapshotsAsync(IReadOnlyList<int> ids, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(100))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var certificates = await db.Certificates.AsNoTracking().Where(c => chunk.Contains(c.Id)).OrderBy(c => c.Sequence).ToListAsync(ct);
            foreach (var certificate in certificates) yield return certificate.Snapshot;
        }
    }

    public static string ZipFileName(string title)
    {
        var stem = Domain.Catalog.Slug.From(title);
        return $"sertifikat-{(stem.Length > 60 ? stem[..60] : stem)}.zip";
    }

    private async Task<int> DemandCourseAsync(string slug, Actor editor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courseId = await db.Courses.Where(c => c.Slug == slug).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct)
            ?? throw new DomainException($"Kursus \"{slug}\" tidak ditemukan.");
        CourseAccess.DemandEdit(editor, await db.CourseTrainers.Where(t => t.CourseId == courseId).Select(t => t.UserId).ToListAsync(ct));
        return courseId;
    }

    // ---- Admin ----

    public async Task<IReadOnlyList<CertificateRow>> SearchAsync(string? query, Actor viewer, CancellationToken ct = default)
    {
        CertificateAccess.DemandAdmin(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var certificates = db.Certificates.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var text = query.Trim();
            var code = VerificationCode.Normalize(text);
            certificates = certificates.Where(c => c.VerificationCode == code || c.Number == text || c.HolderName.Contains(text) || c.Title.Contains(text));
        }
        return await Rows(certificates).Take(100).ToListAsync(ct);
    }

    public async Task RevokeAsync(string? typedCode, string? reason, Actor viewer, CancellationToken ct = default)
    {
        CertificateAccess.DemandAdmin(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = VerificationCode.Normalize(typedCode) ?? throw new DomainException(NotFoundMessage);
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.VerificationCode == code, ct) ?? throw new DomainException(NotFoundMessage);
        certificate.Revoke(reason, viewer.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await ChangedAsync(certificate.UserId, ct);
    }

    /// <summary>
    /// Re-issues a certificate after a correction (typically the holder's name): the same number with the next revision,
    /// a new code, the holder's details as they are now and everything else as the old one said; the old code then
    /// says "Diganti" and points to the new one. Returns the new code.
    /// </summary>
    public async Task<string> ReissueAsync(string? typedCode, string? reason, Actor viewer, CancellationToken ct = default)
    {
        CertificateAccess.DemandAdmin(viewer);
        var code = VerificationCode.Normalize(typedCode) ?? throw new DomainException(NotFoundMessage);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var old = await db.Certificates.SingleOrDefaultAsync(c => c.VerificationCode == code, ct) ?? throw new DomainException(NotFoundMessage);
                if (old.Status == CertificateStatus.Replaced)
                    throw new DomainException($"Sertifikat ini sudah diganti oleh {VerificationCode.Display(old.ReplacedByCode!)}; terbitkan ulang dari yang baru.");
                var holder = await CertificateIssuer.HolderAsync(db, old.UserId, ct);
                var now = clock.GetUtcNow();
                var newCode = VerificationCode.New();
                var snapshot = old.Snapshot with
                {
                    VerificationCode = newCode,
                    HolderName = holder.Name,
                    HolderPosition = holder.Position,
                    VillageName = holder.Village,
                    RegencyName = holder.Regency,
                    IssuedOn = DateOnly.FromDateTime(now.ToWib().DateTime),
                    VerifyUrl = baseUrl.VerifyUrl(newCode),
                };
                var revision = await db.Certificates.Where(c => c.Number == old.Number).MaxAsync(c => c.Revision, ct) + 1;
                old.ReplaceBy(newCode, reason, viewer.UserId, now);
                db.Certificates.Add(new Certificate(old.UserId, old.Kind, old.CourseId, old.WorkshopId, old.Year, old.Sequence, revision, snapshot, viewer.UserId, now));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                await ChangedAsync(old.UserId, ct);
                return newCode;
            }
            catch (Exception e) when (attempt < 5 && TransactionRetry.ShouldRetry(e))
            {
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
        }
    }

    private async Task ChangedAsync(string userId, CancellationToken ct)
    {
        await (events ?? NoDomainEvents.Instance).PublishAsync(new CertificateChanged(userId), ct);
    }

    public async Task<CertificateSettingsForm> SettingsAsync(Actor viewer, CancellationToken ct = default)
    {
        CertificateAccess.DemandAdmin(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await db.CertificateSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? CertificateSettings.Default();
        return new CertificateSettingsForm
        {
            IssuingBody = s.IssuingBody, IssuingPlace = s.IssuingPlace, SignatoryName = s.SignatoryName, SignatoryTitle = s.SignatoryTitle, SignatoryNip = s.SignatoryNip,
        };
    }

    /// <summary>Changes who signs certificates issued from now on; certificates already issued keep what they say.</summary>
    public async Task SaveSettingsAsync(CertificateSettingsForm form, Actor viewer, CancellationToken ct = default)
    {
        CertificateAccess.DemandAdmin(viewer);
        await settingsValidator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.CertificateSettings.SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = CertificateSettings.Default();
            db.CertificateSettings.Add(settings);
        }
        settings.Change(form.IssuingBody, form.IssuingPlace, form.SignatoryName, form.SignatoryTitle, form.SignatoryNip, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    // ---- Helpers ----

    private async Task<Certificate> LoadAsync(string? typedCode, CancellationToken ct)
    {
        var code = VerificationCode.Normalize(typedCode) ?? throw new CertificateNotFoundException();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.VerificationCode == code, ct) ?? throw new CertificateNotFoundException();
    }

    private static IQueryable<CertificateRow> Rows(IQueryable<Certificate> certificates) =>
        certificates.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Sequence).ThenByDescending(c => c.Revision)
            .Select(c => new CertificateRow(c.VerificationCode, c.Number, c.HolderName, c.Title, c.Kind, c.LessonHours, c.IssuedOn, c.Status,
                c.RevocationReason, c.ReplacedByCode));
}

/// <summary>No certificate has this code (a 404, not a refusal).</summary>
public sealed class CertificateNotFoundException() : Exception(CertificateService.NotFoundMessage);
