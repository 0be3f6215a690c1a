using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace SmartVillage.Learning.Features.Learning;

/// <summary>The signed-in person's id, read from the principal: pages never take a user id from the URL.</summary>
public static class SignedInUser
{
    public static string? IdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static async Task<string?> IdAsync(Task<AuthenticationState>? state) =>
        state is null ? null : IdOf((await state).User);
}
