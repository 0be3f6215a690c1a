using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmartVillage.Learning.Data;

/// <summary>Holds the SQLite migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteLearningDbContext(DbContextOptions<SqliteLearningDbContext> options) : LearningDbContext(options);

internal sealed class SqliteLearningDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteLearningDbContext>
{
    public SqliteLearningDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLearningDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .UseApplicationServiceProvider(DesignTimeServices.Create())
            .Options);
}
