using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>
/// What a trainer's components share: who is signed in, the snackbar, and one way to run an action that
/// either says it happened or says why not (a refused or stale action is a snackbar, never a crash).
/// </summary>
public abstract class TrainerComponentBase : ComponentBase
{
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] protected Task<AuthenticationState>? AuthenticationState { get; set; }

    protected bool Busy { get; private set; }

    /// <summary>Why the last action was refused (cleared when the next one starts), for pages that also show it in place.</summary>
    protected string? ActionError { get; set; }

    /// <summary>Why the page could not be loaded (refused, not found), shown in place of the page.</summary>
    protected string? LoadError { get; set; }

    protected async Task<CourseEditor> EditorAsync()
    {
        var state = await (AuthenticationState ?? throw new InvalidOperationException("No authentication state."));
        return CourseEditor.From(state.User);
    }

    /// <summary>Runs an action; shows <paramref name="success"/> when it worked, the reason when it did not. Returns whether it worked.</summary>
    protected async Task<bool> RunAsync(Func<CourseEditor, Task> action, string? success)
    {
        if (Busy) return false;
        Busy = true;
        ActionError = null;
        try
        {
            await action(await EditorAsync());
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
    protected async Task LoadAsync(Func<CourseEditor, Task> load)
    {
        try
        {
            LoadError = null;
            await load(await EditorAsync());
        }
        catch (DomainException e)
        {
            LoadError = e.Message;
        }
    }
}
