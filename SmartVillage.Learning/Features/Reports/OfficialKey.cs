namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// An official in scope and the key their figures are grouped by (a regency, district or village code prefix,
/// or the user id itself for a list of officials). Every figure query joins to an IQueryable of these, so the
/// grouping happens in SQL.
/// </summary>
public sealed class OfficialKey
{
    public string UserId { get; init; } = "";
    public string Key { get; init; } = "";
}
