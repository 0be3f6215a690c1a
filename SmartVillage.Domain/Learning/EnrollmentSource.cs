namespace SmartVillage.Domain.Learning;

public enum EnrollmentSource
{
    /// <summary>The official enrolled from the catalog.</summary>
    Self = 1,

    /// <summary>A trainer or admin enrolled a cohort chosen by region and position.</summary>
    Cohort = 2,
}
