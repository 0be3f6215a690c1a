using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// Stands in for a SQL Server that is not there: the connection is never opened, transactions are pretend, and every
/// command EF Core sends is recorded with what was running, then answered without execution (an empty result, or one
/// row of default values so the service goes further; see <see cref="Answer"/>).
/// </summary>
public sealed class NoServerInterceptor : IDbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    /// <summary>More commands than any one use case sends: a loop that never ends on fake rows is cut here.</summary>
    public const int CommandsPerCall = 400;

    private static readonly AsyncLocal<CallState?> Current = new();
    private readonly Lock _lock = new();
    private readonly List<CapturedCommand> _commands = [];

    public IReadOnlyList<CapturedCommand> Commands
    {
        get { lock (_lock) return _commands.ToList(); }
    }

    /// <summary>Everything sent inside <paramref name="call"/> (and what it awaits) is recorded under <paramref name="label"/>.</summary>
    public static async Task RunAsAsync(string label, ReaderAnswer answer, Func<Task> call)
    {
        Current.Value = new CallState(label, answer);
        try { await call(); }
        finally { Current.Value = null; }
    }

    private CallState Record(DbCommand command)
    {
        var state = Current.Value ?? new CallState("(outside a call)", ReaderAnswer.Empty);
        lock (_lock) _commands.Add(new CapturedCommand(state.Label, command.CommandText));
        if (Interlocked.Increment(ref state.Count) > CommandsPerCall) throw new OperationCanceledException($"{state.Label} sent more than {CommandsPerCall} commands.");
        return state;
    }

    private static DbDataReader Answer(CallState state) => state.Answer == ReaderAnswer.DefaultRow ? new DefaultRowReader() : new DefaultRowReader(rows: 0);

    public InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        InterceptionResult<DbCommand>.SuppressWithResult(new NoServerCommand());

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Answer(Record(command)));

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return InterceptionResult<object>.SuppressWithResult(1);
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(ScalarExecuting(command, eventData, result));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return InterceptionResult<int>.SuppressWithResult(1);
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        InterceptionResult<DbTransaction>.SuppressWithResult(new NoServerTransaction(connection, eventData.IsolationLevel));

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TransactionStarting(connection, eventData, result));

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> TransactionRollingBackAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult RollingBackToSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> RollingBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult ReleasingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ReleasingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    private sealed class CallState(string label, ReaderAnswer answer)
    {
        public string Label { get; } = label;
        public ReaderAnswer Answer { get; } = answer;
        public int Count;
    }
}

/// <summary>What a pretend query returns: nothing, or one row whose every column holds its type's default.</summary>
public enum ReaderAnswer
{
    Empty,
    DefaultRow,
}

public sealed record CapturedCommand(string Call, string Sql);

/// <summary>A transaction that exists only for EF Core's bookkeeping.</summary>
internal sealed class NoServerTransaction(DbConnection connection, IsolationLevel isolationLevel) : DbTransaction
{
    public override IsolationLevel IsolationLevel { get; } = isolationLevel;
    protected override DbConnection DbConnection { get; } = connection;
    public override void Commit() { }
    public override void Rollback() { }
}
