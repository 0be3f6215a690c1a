using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Microsoft.Extensions.Options;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Infrastructure.Localization;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>
/// The one bUnit base class: MudBlazor services with their texts in Indonesian (the app's one interface
/// language), the question text renderer, loose JS interop, and helpers to sign a person in with roles.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    protected MudTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("id-ID");
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, IndonesianMudLocalizer>();
        Services.AddSingleton<AntiforgeryStateProvider, NoAntiforgeryStateProvider>();
        // Question texts render through the app's sanitizer wherever a component shows them.
        Services.AddSingleton(new QuestionTextRenderer(Options.Create(new QuestionContentOptions())));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Authorization = AddAuthorization();
    }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Signs in a person with a full name (as the claims factory adds it at sign-in) and roles.</summary>
    protected void SignIn(string fullName, params string[] roles)
    {
        // bUnit's SetRoles rebuilds the principal without claims, so claims go last.
        Authorization.SetAuthorized(fullName);
        Authorization.SetRoles(roles);
        Authorization.SetClaims(new Claim(FullNameClaim.Type, fullName));
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor registers services that only dispose asynchronously; xunit calls this before Dispose.</summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
        await base.DisposeAsync();
    }

    /// <summary>Forms render outside an HTTP request here, so there is no antiforgery token to emit.</summary>
    private sealed class NoAntiforgeryStateProvider : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
