using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>
/// What the mentoring pages share: who is asking (as a <see cref="MentoringActor"/>), the snackbar, and one way to run an
/// action that says it happened or why not (a refusal or a stale plan is a message, never a crash).
/// </summary>
public abstract class MentoringComponentBase : ComponentBase
{
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] protected Task<AuthenticationState>? AuthenticationState { get; set; }

    protected bool Busy { get; private set; }

    /// <summary>Why the page could not be shown (refused, not found), shown in place of the page.</summary>
    protected string? LoadError { get; set; }

    protected async Task<MentoringActor> ActorAsync()
    {
        var state = await (AuthenticationState ?? throw new InvalidOperationException("No authentication state."));
        return MentoringActor.From(state.User);
    }

    protected async Task<bool> RunAsync(Func<MentoringActor, Task> action, string? success)
    {
        if (Busy) return false;
        Busy = true;
        try
        {
            await action(await ActorAsync());
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

    protected async Task LoadAsync(Func<MentoringActor, Task> load)
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

    protected static string Rupiah(decimal amount) => "Rp" + amount.ToString("N0", Workshops.Wib.Indonesian);

    protected static string Date(DateOnly date) => date.ToString("d MMM yyyy", Workshops.Wib.Indonesian);
}
