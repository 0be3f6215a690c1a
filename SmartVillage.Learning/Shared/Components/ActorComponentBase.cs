using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Components;

/// <summary>
/// What every component that acts for the signed-in person shares: who is asking (an <see cref="Actor"/>), the snackbar,
/// the clock, and one way to run an action that either says it happened or says why not (a refused or stale action is a
/// snackbar, never a crash). While an action runs, <see cref="Busy"/> disables its button, so a second click does nothing.
/// </summary>
public abstract class ActorComponentBase : ComponentBase
{
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] protected Task<AuthenticationState>? AuthenticationState { get; set; }

    protected bool Busy { get; private set; }

    /// <summary>The signed-in person, once read (the sign-in does not change while a component lives).</summary>
    protected Actor? Me { get; private set; }

    /// <summary>Why the last action was refused (cleared when the next one starts), for pages that also show it in place.</summary>
    protected string? ActionError { get; set; }

    /// <summary>Why the page could not be loaded (refused, not found), shown in place of the page.</summary>
    protected string? LoadError { get; set; }

    protected async Task<Actor> ActorAsync()
    {
        if (Me is not null) return Me;
        var state = await (AuthenticationState ?? throw new InvalidOperationException("No authentication state."));
        return Me = Actor.From(state.User);
    }

    /// <summary>Runs an action; shows <paramref name="success"/> when it worked, the reason when it did not. Returns whether it worked.</summary>
    protected async Task<bool> RunAsync(Func<Actor, Task> action, string? success)
    {
        if (Busy) return false;
        Busy = true;
        ActionError = null;
        try
        {
            await action(await ActorAsync());
            if (success is not null) Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (DomainException e)
        {
            ActionError = e.Message;
            Snackbar.Add(e.Message, Severity.Error);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Loads what a page shows; a refusal becomes the page's message instead of a snackbar.</summary>
    protected async Task LoadAsync(Func<Actor, Task> load)
    {
        try
        {
            LoadError = null;
            await load(await ActorAsync());
        }
        catch (DomainException e)
        {
            LoadError = e.Message;
        }
    }
}
