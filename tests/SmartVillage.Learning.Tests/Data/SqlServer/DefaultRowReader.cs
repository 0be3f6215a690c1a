using System.Collections;
using System.Data.Common;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// A result with <c>rows</c> rows (one or none) whose every column holds a plain value of the type asked for: 0, "",
/// a fixed date. Enough for EF Core to materialize something, so a service goes on to its next query.
/// </summary>
internal sealed class DefaultRowReader(int rows = 1) : DbDataReader
{
    private static readonly DateTime Date = new(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc);
    private int _read;

    public override bool Read() => _read++ < rows;
    public override Task<bool> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Read());
    public override bool NextResult() => false;
    public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    public override int FieldCount => 256;
    public override bool HasRows => rows > 0;
    public override bool IsClosed => false;
    public override int RecordsAffected => rows;
    public override int Depth => 0;
    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(0);

    public override bool IsDBNull(int ordinal) => false;
    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => Task.FromResult(false);

    public override T GetFieldValue<T>(int ordinal) => (T)Value(typeof(T));
    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) => Task.FromResult(GetFieldValue<T>(ordinal));

    private static object Value(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "";
        if (type == typeof(DateTime)) return Date;
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(Date);
        if (type == typeof(DateOnly)) return DateOnly.FromDateTime(Date);
        if (type == typeof(TimeOnly)) return TimeOnly.FromDateTime(Date);
        if (type == typeof(TimeSpan)) return TimeSpan.Zero;
        if (type == typeof(byte[])) return Array.Empty<byte>();
        if (type == typeof(Guid)) return Guid.Empty;
        if (type == typeof(object)) return 0;
        return type.IsValueType ? Activator.CreateInstance(type)! : throw new InvalidCastException($"No default value for {type}.");
    }

    public override bool GetBoolean(int ordinal) => false;
    public override byte GetByte(int ordinal) => 0;
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;
    public override char GetChar(int ordinal) => ' ';
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;
    public override string GetDataTypeName(int ordinal) => "int";
    public override DateTime GetDateTime(int ordinal) => Date;
    public override decimal GetDecimal(int ordinal) => 0;
    public override double GetDouble(int ordinal) => 0;
    public override Type GetFieldType(int ordinal) => typeof(int);
    public override float GetFloat(int ordinal) => 0;
    public override Guid GetGuid(int ordinal) => Guid.Empty;
    public override short GetInt16(int ordinal) => 0;
    public override int GetInt32(int ordinal) => 0;
    public override long GetInt64(int ordinal) => 0;
    public override string GetName(int ordinal) => $"c{ordinal}";
    public override int GetOrdinal(string name) => 0;
    public override string GetString(int ordinal) => "";
    public override object GetValue(int ordinal) => 0;

    public override int GetValues(object[] values)
    {
        Array.Fill(values, 0);
        return values.Length;
    }

    public override IEnumerator GetEnumerator() => Array.Empty<object>().GetEnumerator();
}
