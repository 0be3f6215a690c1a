namespace SmartVillage.Domain.Mentoring;

/// <summary>
/// A village's work plan (rencana kerja), written by one official and reviewed by their mentor.
/// Draft → Submitted → ChangesRequested → (revised) Submitted → Approved; approved activities then report
/// progress, and the plan is Completed when every activity is done. The plan may be revised while it is a draft,
/// waiting for review, or sent back; once approved its content is fixed. Every change renews
/// <see cref="RowVersion"/>, so a mentor approving a version the official has just changed is refused, not silently mixed.
/// </summary>
public sealed class WorkPlan
{
    public const decimal MaxBudget = 100_000_000_000m;

    private readonly List<WorkPlanActivity> _activities = [];
    private readonly List<WorkPlanEvent> _events = [];

    private WorkPlan() { }

    public WorkPlan(string officialId, string villageCode, string regencyCode, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(officialId)) throw new DomainException("Rencana kerja harus punya penyusun.");
        if (string.IsNullOrWhiteSpace(villageCode))
            throw new DomainException("Akun Anda belum terhubung ke desa/pekon; minta admin mengisi desa Anda sebelum menyusun rencana kerja.");
        OfficialId = officialId;
        VillageCode = villageCode;
        RegencyCode = regencyCode;
        CreatedAt = now;
        Status = WorkPlanStatus.Draft;
        Touch(now);
    }

    public int Id { get; private set; }
    public string OfficialId { get; private set; } = "";
    public string VillageCode { get; private set; } = "";

    /// <summary>Copied from the village when the plan is made, so reports group by regency without a join.</summary>
    public string RegencyCode { get; private set; } = "";

    public string Title { get; private set; } = "";
    public string Goal { get; private set; } = "";
    public BudgetSource BudgetSource { get; private set; } = BudgetSource.Apbdes;

    /// <summary>Rupiah.</summary>
    public decimal BudgetAmount { get; private set; }

    /// <summary>Indikator keberhasilan, one per line.</summary>
    public string SuccessIndicators { get; private set; } = "";

    public WorkPlanStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid RowVersion { get; private set; }

    public IReadOnlyList<WorkPlanActivity> Activities => _activities;
    public IReadOnlyList<WorkPlanEvent> Events => _events;

    public bool IsEditable => Status is WorkPlanStatus.Draft or WorkPlanStatus.Submitted or WorkPlanStatus.ChangesRequested;

    /// <summary>Writes (or rewrites) the plan's content. Activities are replaced: before approval none has progress to lose.</summary>
    public void Revise(string title, string goal, BudgetSource source, decimal amount, string successIndicators,
        IReadOnlyList<ActivityDraft> activities, DateTimeOffset now)
    {
        if (!IsEditable) throw new DomainException("Rencana kerja yang sudah disetujui tidak dapat diubah lagi; laporkan kemajuan kegiatannya.");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul rencana kerja wajib diisi.");
        if (string.IsNullOrWhiteSpace(goal)) throw new DomainException("Tujuan rencana kerja wajib diisi.");
        if (!Enum.IsDefined(source)) throw new DomainException("Pilih sumber anggaran: APBDes, Dana Desa, atau Lainnya.");
        if (amount is < 0 or > MaxBudget) throw new DomainException("Jumlah anggaran antara Rp0 dan Rp100 miliar.");
        var built = activities.Select((a, i) => new WorkPlanActivity(a.Title, a.StartsOn, a.EndsOn, a.Responsible, i + 1)).ToList();
        Title = title.Trim();
        Goal = goal.Trim();
        BudgetSource = source;
        BudgetAmount = decimal.Round(amount, 0);
        SuccessIndicators = successIndicators?.Trim() ?? "";
        _activities.Clear();
        _activities.AddRange(built);
        Touch(now);
    }

    /// <summary>Sends the plan to the mentor: first time from a draft, again after changes were asked for.</summary>
    public void Submit(string byId, DateTimeOffset now)
    {
        if (Status is not (WorkPlanStatus.Draft or WorkPlanStatus.ChangesRequested))
            throw new DomainException(Status == WorkPlanStatus.Submitted
                ? "Rencana kerja ini sudah diajukan dan menunggu tinjauan pendamping."
                : "Rencana kerja yang sudah disetujui tidak perlu diajukan lagi.");
        if (string.IsNullOrWhiteSpace(Goal)) throw new DomainException("Isi tujuan rencana kerja sebelum mengajukannya.");
        if (_activities.Count == 0) throw new DomainException("Tambahkan paling sedikit satu kegiatan sebelum mengajukan rencana kerja.");
        if (string.IsNullOrWhiteSpace(SuccessIndicators)) throw new DomainException("Isi indikator keberhasilan sebelum mengajukan rencana kerja.");
        var kind = Status == WorkPlanStatus.Draft ? WorkPlanEventKind.Submitted : WorkPlanEventKind.Resubmitted;
        Move(WorkPlanStatus.Submitted, kind, byId, null, now);
        SubmittedAt = now;
    }

    /// <summary>The mentor's comment; it does not change the plan's state.</summary>
    public void Comment(string byId, string note, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Tulis komentar Anda.");
        if (Status == WorkPlanStatus.Draft) throw new DomainException("Rencana kerja ini masih draf; komentari setelah diajukan.");
        _events.Add(new WorkPlanEvent(WorkPlanEventKind.Comment, byId, Status, Status, note, now));
        Touch(now);
    }

    /// <summary>Minta perubahan: back to the official, with what to change.</summary>
    public void RequestChanges(string byId, string note, DateTimeOffset now)
    {
        if (Status != WorkPlanStatus.Submitted) throw new DomainException("Hanya rencana kerja yang menunggu tinjauan dapat diminta perubahan.");
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Tuliskan apa yang perlu diubah, agar aparatur tahu yang harus diperbaiki.");
        Move(WorkPlanStatus.ChangesRequested, WorkPlanEventKind.ChangesRequested, byId, note, now);
    }

    /// <summary>Setujui: the plan is fixed and its activities start reporting progress.</summary>
    public void Approve(string byId, string? note, DateTimeOffset now)
    {
        if (Status != WorkPlanStatus.Submitted) throw new DomainException("Hanya rencana kerja yang menunggu tinjauan dapat disetujui.");
        Move(WorkPlanStatus.Approved, WorkPlanEventKind.Approved, byId, note, now);
        ApprovedAt = now;
    }

    /// <summary>Reports an activity's progress; when every activity is done the plan is Completed.</summary>
    public void ReportProgress(int activityId, int percent, ActivityStatus status, string? note, string byId, DateTimeOffset now)
    {
        if (Status != WorkPlanStatus.Approved)
            throw new DomainException(Status == WorkPlanStatus.Completed
                ? "Rencana kerja ini sudah selesai."
                : "Kemajuan kegiatan dilaporkan setelah rencana kerja disetujui pendamping.");
        var activity = _activities.FirstOrDefault(a => a.Id == activityId) ?? throw new DomainException("Kegiatan tidak ditemukan di rencana kerja ini.");
        activity.Report(percent, status, note, byId, now);
        Touch(now);
        if (_activities.All(a => a.IsDone))
        {
            Move(WorkPlanStatus.Completed, WorkPlanEventKind.Completed, byId, null, now);
            CompletedAt = now;
        }
    }

    /// <summary>Average progress of the activities, 0–100.</summary>
    public int Percent => _activities.Count == 0 ? 0 : (int)Math.Round(_activities.Average(a => a.Percent));

    private void Move(WorkPlanStatus to, WorkPlanEventKind kind, string byId, string? note, DateTimeOffset now)
    {
        _events.Add(new WorkPlanEvent(kind, byId, Status, to, note, now));
        Status = to;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        RowVersion = Guid.NewGuid();
    }
}
