using Microsoft.EntityFrameworkCore;

namespace SmartVillage.Learning.Data;

/// <summary>
/// Hands out the provider's own context type as the shared <see cref="LearningDbContext"/>, so
/// features never care which provider (and which migration set) is in use.
/// </summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<LearningDbContext>
    where TContext : LearningDbContext
{
    public LearningDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<LearningDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
