using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace SmartVillage.Learning.Data;

/// <summary>
/// EF Core refuses to compare DateTimeOffset columns on SQLite (they are stored as text). Reports filter by
/// period through <see cref="Utc"/>: on SQLite it is datetime(column), which normalises the stored text to
/// UTC 'yyyy-MM-dd HH:mm:ss'; on SQL Server CONVERT(datetime2, SWITCHOFFSET(column, 0)). Both compare
/// correctly with <see cref="Text"/> of the bound.
/// </summary>
public static class ReportSql
{
    /// <summary>Only meaningful inside a query.</summary>
    public static string Utc(DateTimeOffset value) => Text(value);

    public static string Text(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static void Register(ModelBuilder builder, string? providerName)
    {
        var isSqlServer = providerName?.EndsWith(".SqlServer", StringComparison.Ordinal) == true;
        builder.HasDbFunction(typeof(ReportSql).GetMethod(nameof(Utc))!)
            .HasTranslation(args => isSqlServer
                ? new SqlFunctionExpression("CONVERT",
                    [new SqlFragmentExpression("datetime2"), new SqlFunctionExpression("SWITCHOFFSET", [args[0], new SqlFragmentExpression("0")],
                        nullable: true, argumentsPropagateNullability: [true, false], typeof(DateTimeOffset), null)],
                    nullable: true, argumentsPropagateNullability: [false, true], typeof(string), null)
                : new SqlFunctionExpression("datetime", [args[0]], nullable: true, argumentsPropagateNullability: [true], typeof(string), null));
    }
}
