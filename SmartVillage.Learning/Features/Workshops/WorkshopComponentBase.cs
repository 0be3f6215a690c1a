using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Attendance;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// What the trainer's workshop and attendance components share: the services, the snackbar, who is signed in,
/// and one way to run an action that says it happened or why not (a refusal is a snackbar, never a crash).
/// </summary>
public abstract class WorkshopComponentBase : ComponentBase
{
    [Inject] protected WorkshopService Workshops { get; set; } = default!;
    [Inject] protected AttendanceService Attendance { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] protected Task<AuthenticationState>? AuthenticationState { get; set; }

    protected bool Busy { get; private set; }

    protected string? LoadError { get; set; }

    protected async Task<CourseEditor> EditorAsync()
    {
        var state = await (AuthenticationState ?? throw new InvalidOperationException("No authentication state."));
        return CourseEditor.From(state.User);
    }

    protected async Task<bool> RunAsync(Func<CourseEditor, Task> action, string? success)
    {
        if (Busy) return false;
        Busy = true;
        try
        {
            await action(await EditorAsync());
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
