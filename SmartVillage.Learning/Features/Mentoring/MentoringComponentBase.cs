using SmartVillage.Learning.Shared;
using SmartVillage.Learning.Shared.Components;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>The mentoring pages: how they write money and dates, on top of what every acting component has.</summary>
public abstract class MentoringComponentBase : ActorComponentBase
{
    protected static string Rupiah(decimal amount) => "Rp" + amount.ToString("N0", Wib.Indonesian);

    protected static string Date(DateOnly date) => date.ToString("d MMM yyyy", Wib.Indonesian);
}
