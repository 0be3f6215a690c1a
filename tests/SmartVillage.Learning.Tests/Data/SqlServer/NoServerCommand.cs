using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// A command that is never sent. Its parameters are real <see cref="SqlParameter"/>s, because the SQL Server type
/// mappings set SQL Server's own parameter types on them; it accepts the pretend transaction a SqlCommand would refuse.
/// </summary>
internal sealed class NoServerCommand : DbCommand
{
    private readonly SqlCommand _parameters = new();

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string CommandText { get; set; } = "";
    public override int CommandTimeout { get; set; }
    public override CommandType CommandType { get; set; }
    public override bool DesignTimeVisible { get; set; }
    public override UpdateRowSource UpdatedRowSource { get; set; }
    protected override DbConnection? DbConnection { get; set; }
    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;
    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() { }
    public override void Prepare() { }
    protected override DbParameter CreateDbParameter() => new SqlParameter();

    public override int ExecuteNonQuery() => throw Unsent();
    public override object ExecuteScalar() => throw Unsent();
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw Unsent();

    private static InvalidOperationException Unsent() => new("NoServerInterceptor answers every command; this one reached the command itself.");

    protected override void Dispose(bool disposing)
    {
        if (disposing) _parameters.Dispose();
        base.Dispose(disposing);
    }
}
