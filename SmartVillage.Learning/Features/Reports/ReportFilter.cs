using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// What a reviewer narrows a report to. The period (WIB calendar days, both ends included) applies to when
/// things happened: enrolled, completed, registered, the session attended. Track narrows courses and
/// workshops; position narrows officials.
/// </summary>
public sealed record ReportFilter(DateOnly? From = null, DateOnly? To = null, string? TrackCode = null, OfficialPosition? Position = null)
{
    public static readonly ReportFilter None = new();

    /// <summary>Start of the period in UTC, as SQL text (see <see cref="ReportSql"/>), or null.</summary>
    public string? FromUtcText => From is { } d ? ReportSql.Text(Wib.At(d, TimeOnly.MinValue)) : null;

    /// <summary>The first instant after the period in UTC, as SQL text, or null.</summary>
    public string? UntilUtcText => To is { } d ? ReportSql.Text(Wib.At(d.AddDays(1), TimeOnly.MinValue)) : null;

    public bool HasPeriod => From is not null || To is not null;
}
