using FluentValidation;

namespace SmartVillage.Learning.Shared.Components;

/// <summary>Lets a MudForm ask a FluentValidation validator about one field at a time, so messages show on the field.</summary>
public static class FluentValidationForMud
{
    public static Func<object, string, Task<IEnumerable<string>>> ForMudField<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
