using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

/// <summary>
/// Marks from a paper daftar hadir, imported as CSV by the workshop's trainers: all lines or none, every bad line
/// reported with its number (the import of the trainer's page, apart from the roster's own marking).
/// </summary>
public sealed class AttendanceImportService(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, IDomainEventDispatcher? events = null)
{
    public static readonly string[] ImportHeader = ["phone", "date", "status", "note"];

    /// <summary>
    /// Imports marks from CSV (header: phone,date,status,note; date yyyy-MM-dd in WIB, or "yyyy-MM-dd HH:mm" when a day has
    /// several sessions; status Hadir/Terlambat/Izin/Sakit/Alpa or H/T/I/S/A). Every bad line is reported with its number
    /// and then nothing changes; otherwise all marks are written in one transaction.
    /// </summary>
    public async Task<MarksImportResult> ImportMarksAsync(int workshopId, Stream csv, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await WorkshopService.DemandEditAsync(db, workshopId, editor, ct);
        var sessions = await db.WorkshopSessions.AsNoTracking().Where(s => s.WorkshopId == workshopId).ToListAsync(ct);
        var seated = await (from r in db.Registrations
                            where r.WorkshopId == workshopId && r.Status == RegistrationStatus.Registered
                            join u in db.Users on r.UserId equals u.Id
                            select new { u.Id, u.PhoneNumber }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var errors = new List<ImportError>();
        var parsed = new List<(int Line, int SessionId, string UserId, AttendanceStatus Status, string? Note)>();

        using var reader = new StreamReader(csv);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, MissingFieldFound = null, BadDataFound = null });
        if (!await parser.ReadAsync() || !parser.ReadHeader())
            return new MarksImportResult(false, 0, [new ImportError(1, "Berkas kosong; baris pertama harus berisi judul kolom: " + string.Join(",", ImportHeader) + ".")]);
        var header = parser.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = ImportHeader.Take(3).Where(h => !header.Contains(h)).ToList();
        if (missing.Count > 0)
            return new MarksImportResult(false, 0, [new ImportError(1, $"Kolom {string.Join(", ", missing)} tidak ada. Judul kolom: {string.Join(",", ImportHeader)}.")]);
        string? Field(string name) => Array.IndexOf(header, name) is var i and >= 0 ? parser.GetField(i) : null;

        var seen = new Dictionary<(int, string), int>();
        while (await parser.ReadAsync())
        {
            var line = parser.Parser.RawRow;
            var lineErrors = new List<string>();
            var phoneText = Field("phone");
            string? userId = null;
            if (!PhoneNumber.TryNormalize(phoneText, out var phone)) lineErrors.Add($"Nomor HP \"{phoneText}\" tidak dikenali.");
            else if (seated.FirstOrDefault(s => s.PhoneNumber == phone) is { } person) userId = person.Id;
            else lineErrors.Add($"Nomor HP {PhoneNumber.Display(phone)} bukan peserta terdaftar bimtek ini.");

            var dateText = Field("date")?.Trim() ?? "";
            WorkshopSession? session = null;
            if (DateTime.TryParseExact(dateText, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                session = sessions.FirstOrDefault(s => s.StartsAt.ToWib().DateTime == at);
            else if (DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var onDay = sessions.Where(s => s.StartsAt.ToWib().Date == day.Date).ToList();
                if (onDay.Count > 1) lineErrors.Add($"Tanggal {dateText} punya {onDay.Count} sesi; tulis juga jam mulainya, misalnya \"{dateText} {onDay[0].StartsAt.ToWib():HH:mm}\".");
                session = onDay.Count == 1 ? onDay[0] : null;
                if (onDay.Count == 0) dateText = "!" + dateText;
            }
            if (session is null && !lineErrors.Any(e => e.StartsWith("Tanggal", StringComparison.Ordinal)))
                lineErrors.Add($"Tidak ada sesi bimtek ini pada \"{dateText.TrimStart('!')}\" (tulis tanggal sebagai yyyy-MM-dd, WIB).");
            else if (session is not null && !session.HasStarted(now)) lineErrors.Add($"Sesi {dateText} belum berlangsung; kehadirannya belum dapat dicatat.");

            var statusText = Field("status");
            if (!AttendanceStatuses.TryParse(statusText, out var status)) lineErrors.Add($"Status \"{statusText}\" tidak dikenal; pakai Hadir, Terlambat, Izin, Sakit, atau Alpa.");
            var note = Field("note");
            if (note is { Length: > AttendanceMark.NoteMaxLength }) lineErrors.Add($"Catatan paling panjang {AttendanceMark.NoteMaxLength} karakter.");

            if (session is not null && userId is not null)
            {
                if (seen.TryGetValue((session.Id, userId), out var first)) lineErrors.Add($"Duplikat: peserta dan sesi ini sudah ada di baris {first}.");
                else seen[(session.Id, userId)] = line;
            }
            if (lineErrors.Count > 0) errors.AddRange(lineErrors.Select(e => new ImportError(line, e)));
            else parsed.Add((line, session!.Id, userId!, status, note));
        }
        if (errors.Count == 0 && parsed.Count == 0) errors.Add(new ImportError(2, "Berkas tidak berisi satu baris data pun."));
        if (errors.Count > 0) return new MarksImportResult(false, 0, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = parsed.Select(p => p.SessionId).Distinct().ToList();
        var existing = await db.AttendanceMarks.Where(m => ids.Contains(m.SessionId)).ToListAsync(ct);
        foreach (var row in parsed)
        {
            var mark = existing.FirstOrDefault(m => m.SessionId == row.SessionId && m.UserId == row.UserId);
            if (mark is null) db.AttendanceMarks.Add(new AttendanceMark(row.SessionId, row.UserId, row.Status, row.Note, AttendanceSource.Import, editor.UserId, now));
            else mark.Change(row.Status, row.Note, AttendanceSource.Import, editor.UserId, now);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await AttendanceService.ChangedAsync(dbFactory, events, workshopId, ct);
        return new MarksImportResult(true, parsed.Count, []);
    }
}
