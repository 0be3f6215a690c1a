using Microsoft.AspNetCore.Components;
using SmartVillage.Learning.Shared.Components;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>
/// The authoring components: the authoring service on top of what every trainer component has.
/// </summary>
public abstract class AuthoringComponentBase : ActorComponentBase
{
    [Inject] protected AuthoringService Authoring { get; set; } = default!;
}
