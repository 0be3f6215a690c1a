using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using SmartVillage.Domain.Text;

namespace SmartVillage.Learning.Data;

/// <summary>
/// Strips direction controls (<see cref="BidiControls"/>) from every name and title the app saves, whichever form,
/// import or verb it came through: a property named Name or Title, or ending so (FullName, VillageName…).
/// </summary>
internal sealed class BidiControlsInterceptor : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<IEntityType, IProperty[]> TextProperties = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Clean(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in TextProperties.GetOrAdd(entry.Metadata, NamesAndTitles))
            {
                var value = entry.Property(property).CurrentValue as string;
                if (BidiControls.Contains(value)) entry.Property(property).CurrentValue = BidiControls.Strip(value);
            }
        }
    }

    private static IProperty[] NamesAndTitles(IEntityType type) =>
        type.GetProperties()
            .Where(p => p.ClrType == typeof(string)
                        && (p.Name.EndsWith("Name", StringComparison.Ordinal) || p.Name.EndsWith("Title", StringComparison.Ordinal)))
            .ToArray();
}
