using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Features.Evaluations.Indicators;

/// <summary>A village's indicators of one year: every indicator of the list, with what was recorded of it (or nothing yet).</summary>
public sealed record VillageIndicatorSheet(string VillageCode, string VillageName, int Year, IReadOnlyList<IndicatorLine> Lines);

public sealed record IndicatorLine(VillageIndicator Indicator, IndicatorRecordView? Record);

public sealed record IndicatorRecordView(int Id, bool Achieved, string? Note, string RecordedBy, DateTimeOffset RecordedAt, string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt, Guid RowVersion);

/// <summary>The results level of one regency in one year: villages with a confirmed achieved indicator, and per indicator.</summary>
public sealed record IndicatorFigure(string RegencyCode, int Villages, int VillagesConfirmed, IReadOnlyDictionary<string, int> ConfirmedByIndicator);
