using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// Parses SQL as SQL Server 2022 (compatibility level 160, EF Core 10's default target) reads it, including the text of
/// every <c>EXEC(N'…')</c> that idempotent migration scripts wrap statements in. Syntax only: names are not bound.
/// </summary>
public static class TSqlParse
{
    /// <summary>The parse errors of <paramref name="sql"/> and of any dynamic SQL inside it, each with its line.</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        var found = errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
        if (found.Count > 0) return found;
        var dynamicSql = new DynamicSqlFinder();
        fragment.Accept(dynamicSql);
        foreach (var inner in dynamicSql.Texts) found.AddRange(Errors(inner).Select(e => $"in EXEC(N'{Shorten(inner)}'): {e}"));
        return found;
    }

    /// <summary>How many statements <paramref name="sql"/> holds (batches split on GO), dynamic SQL not counted.</summary>
    public static int StatementCount(string sql)
    {
        using var reader = new StringReader(sql);
        var script = (TSqlScript)new TSql160Parser(true).Parse(reader, out _);
        return script.Batches.Sum(b => b.Statements.Count);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private sealed class DynamicSqlFinder : TSqlFragmentVisitor
    {
        public List<string> Texts { get; } = [];

        public override void ExplicitVisit(ExecutableStringList node)
        {
            Texts.Add(string.Concat(node.Strings.OfType<StringLiteral>().Select(s => s.Value)));
            base.ExplicitVisit(node);
        }
    }
}
