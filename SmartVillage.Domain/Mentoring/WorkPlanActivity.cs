namespace SmartVillage.Domain.Mentoring;

/// <summary>One activity of a work plan: what, when, who is responsible, and how far it has come.</summary>
public sealed class WorkPlanActivity
{
    private readonly List<ActivityProgressReport> _reports = [];

    private WorkPlanActivity() { }

    internal WorkPlanActivity(string title, DateOnly startsOn, DateOnly endsOn, string responsible, int position)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Nama kegiatan wajib diisi.");
        if (string.IsNullOrWhiteSpace(responsible)) throw new DomainException($"Isi penanggung jawab kegiatan \"{title.Trim()}\".");
        if (endsOn < startsOn) throw new DomainException($"Kegiatan \"{title.Trim()}\" harus selesai pada atau setelah tanggal mulainya.");
        Title = title.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        Responsible = responsible.Trim();
        Position = position;
        Status = ActivityStatus.NotStarted;
    }

    public int Id { get; private set; }
    public int WorkPlanId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    /// <summary>The person responsible (penanggung jawab), as the village names them: "Kaur Perencanaan", "Pak Rudi".</summary>
    public string Responsible { get; private set; } = "";

    public int Position { get; private set; }

    /// <summary>Latest reported progress, 0–100.</summary>
    public int Percent { get; private set; }

    public ActivityStatus Status { get; private set; }

    public IReadOnlyList<ActivityProgressReport> Reports => _reports;

    public bool IsDone => Status == ActivityStatus.Done;

    internal void Report(int percent, ActivityStatus status, string? note, string reporterId, DateTimeOffset now)
    {
        if (percent is < 0 or > 100) throw new DomainException("Kemajuan kegiatan antara 0 dan 100 persen.");
        if (status == ActivityStatus.Done && percent != 100) throw new DomainException("Kegiatan yang selesai berarti kemajuannya 100 persen.");
        if (percent == 100 && status != ActivityStatus.Done) throw new DomainException("Kemajuan 100 persen berarti kegiatan selesai; pilih status Selesai.");
        if (status == ActivityStatus.NotStarted && percent > 0) throw new DomainException("Kegiatan yang belum mulai kemajuannya 0 persen.");
        Percent = percent;
        Status = status;
        _reports.Add(new ActivityProgressReport(percent, status, note, reporterId, now));
    }
}
