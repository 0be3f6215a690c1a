namespace SmartVillage.Learning.Features.Reports;

/// <summary>One regency's obstacles, work plans and collaboration requests, for the exports.</summary>
public sealed record RegencyFieldwork(string Code, string Name, FieldworkReport Figures);

/// <summary>
/// The mentoring and collaboration figures of an export: one row per regency in scope (all 15 for the province, one for a
/// regency) and the total, which is the dashboard's <see cref="FieldworkReport"/> for the same scope.
/// </summary>
public sealed record FieldworkBook(FieldworkReport Total, IReadOnlyList<RegencyFieldwork> Regencies);
