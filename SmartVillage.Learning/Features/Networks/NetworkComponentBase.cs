using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>
/// What the directory, Kolaborasi and Diskusi pages share: who is signed in (as a <see cref="NetworkMember"/>), the
/// snackbar, and one way to run an action that says it happened or why not. While an action runs, <see cref="Busy"/>
/// disables its button, so a second click does nothing (the form's token guards the rest).
/// </summary>
public abstract class NetworkComponentBase : ComponentBase
{
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] protected Task<AuthenticationState>? AuthenticationState { get; set; }

    protected bool Busy { get; private set; }

    protected NetworkMember? Me { get; private set; }

    protected async Task<NetworkMember> MemberAsync()
    {
        if (Me is not null) return Me;
        var state = await (AuthenticationState ?? throw new InvalidOperationException("No authentication state."));
        return Me = NetworkMember.From(state.User);
    }

    /// <summary>Runs an action; shows <paramref name="success"/> when it worked, the reason when it did not. Returns whether it worked.</summary>
    protected async Task<bool> RunAsync(Func<NetworkMember, Task> action, string? success)
    {
        if (Busy) return false;
        Busy = true;
        try
        {
            await action(await MemberAsync());
            if (success is not null) Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (DomainException e)
        {
            Snackbar.Add(e.Message, Severity.Error);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
