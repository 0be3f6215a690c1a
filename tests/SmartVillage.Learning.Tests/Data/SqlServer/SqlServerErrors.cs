using System.Reflection;
using Microsoft.Data.SqlClient;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// A <see cref="SqlException"/> as SQL Server raises it (deadlock victim 1205, snapshot conflict 3960…). SqlClient
/// has no public constructor for one, so it is built through the same internal factory SqlClient itself uses.
/// </summary>
public static class SqlServerErrors
{
    public static SqlException Exception(int number, string message = "SQL Server said no.")
    {
        var errorConstructor = typeof(SqlError).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();
        var error = (SqlError)errorConstructor.Invoke(errorConstructor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorState" => (byte)1,
            "errorClass" => (byte)13,
            "errorMessage" => message,
            _ when p.ParameterType == typeof(string) => "test",
            _ when p.ParameterType.IsValueType => Activator.CreateInstance(p.ParameterType),
            _ => null,
        }).ToArray());
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])
                     ?? throw new InvalidOperationException("SqlClient changed: SqlException.CreateException(SqlErrorCollection, string) is gone.");
        var exception = (SqlException)create.Invoke(null, [errors, "16.0.0"])!;
        return exception.Number == number ? exception : throw new InvalidOperationException($"SqlClient built error {exception.Number}, not {number}.");
    }
}
