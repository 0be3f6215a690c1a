namespace SmartVillage.Domain.Accounts;

/// <summary>Positions of village staff (aparatur pekon) and the village consultative body (BPD).</summary>
public enum OfficialPosition
{
    VillageHead = 1,
    Secretary = 2,
    FinanceAffairsHead = 3,
    PlanningAffairsHead = 4,
    GeneralAffairsHead = 5,
    GovernmentSectionHead = 6,
    WelfareSectionHead = 7,
    ServicesSectionHead = 8,
    HamletHead = 9,
    BpdMember = 10,
}
