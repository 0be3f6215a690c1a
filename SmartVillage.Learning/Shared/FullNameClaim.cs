namespace SmartVillage.Learning.Shared;

/// <summary>Claims added at sign-in so pages can greet a person and scope a reviewer without a query.</summary>
public static class FullNameClaim
{
    public const string Type = "sv:full_name";
}
