using FluentValidation;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared;

/// <summary>Runs a form's validator in the service too, so a call that skips the page's form is refused in the same words.</summary>
public static class FormChecks
{
    public static async Task DemandValidAsync<T>(this IValidator<T> validator, T form, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
    }
}
