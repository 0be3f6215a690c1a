namespace SmartVillage.Learning.Shared;

public static class ReviewerScopeClaim
{
    /// <summary>The regency code a reviewer is limited to; absent for a province-wide reviewer.</summary>
    public const string Type = "sv:reviewer_regency";

    /// <summary>The name of that regency, to say "Kabupaten Tanggamus" rather than "18.06".</summary>
    public const string NameType = "sv:reviewer_regency_name";
}
