using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Tests.Startup;

/// <summary>
/// The kind of migration a next release brings: a column the running version does not know (with a default, so its
/// inserts still work) and a data step over the rows already there. Each existing notification gets Importance 1 once;
/// a second run would fail on the column or make it 2.
/// </summary>
[DbContext(typeof(SqliteLearningDbContext))]
[Migration(Id)]
public sealed class NextReleaseMigration : Migration
{
    // After every real migration: ids are ordered by their leading timestamp.
    public const string Id = "29991231000000_NextRelease";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Importance", table: "Notifications", nullable: false, defaultValue: 0);
        migrationBuilder.Sql("UPDATE Notifications SET Importance = Importance + 1;");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Importance", table: "Notifications");
}
