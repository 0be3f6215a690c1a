using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmartVillage.Learning.Data;

/// <summary>Holds the SQL Server migrations (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerLearningDbContext(DbContextOptions<SqlServerLearningDbContext> options) : LearningDbContext(options);

internal sealed class SqlServerLearningDbContextDesignFactory : IDesignTimeDbContextFactory<SqlServerLearningDbContext>
{
    // No server is contacted to add migrations or script them; the string only names the provider.
    public SqlServerLearningDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLearningDbContext>()
            .UseSqlServer("Server=localhost;Database=SmartVillage;Trusted_Connection=True;TrustServerCertificate=True")
            .UseApplicationServiceProvider(DesignTimeServices.Create())
            .Options);
}
