using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// Calls every public async method of the app's services the way their pages and verbs do, with made-up arguments
/// (an admin and a plain user; ids, codes, forms filled with plausible text), against a database that is not there.
/// Each call ends however it ends ("not found", a validation message, a fake row a rule refuses); what matters is
/// the SQL it sent on the way and whether EF Core could translate the query at all.
/// </summary>
public sealed class ServiceSweep(IServiceProvider services)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The argument set of one pass: who acts (every flag on, or off) and what pretend queries return.</summary>
    public sealed record Pass(bool Flags, ReaderAnswer Answer);

    public static readonly IReadOnlyList<Pass> Passes =
        [new(true, ReaderAnswer.Empty), new(true, ReaderAnswer.DefaultRow), new(false, ReaderAnswer.Empty), new(false, ReaderAnswer.DefaultRow)];

    public async Task<IReadOnlyList<SweepCall>> RunAsync(IEnumerable<Type> serviceTypes)
    {
        var calls = new List<SweepCall>();
        foreach (var type in serviceTypes)
        {
            foreach (var method in AsyncMethods(type))
            {
                // Who acts changes nothing for a method that takes no flags (only ids, text, a token): one pass per answer;
                // a method that takes nothing but a token (imports, migrations) sends the same SQL either way: one pass.
                foreach (var pass in Passes.Where(p => (p.Flags || TakesFlags(method)) && (p.Answer == ReaderAnswer.DefaultRow || TakesArguments(method))))
                {
                    var label = $"{type.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
                    calls.Add(await CallAsync(type, method, pass, label));
                }
            }
        }
        return calls;
    }

    private async Task<SweepCall> CallAsync(Type type, MethodInfo method, Pass pass, string label)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        object?[] arguments;
        try
        {
            arguments = method.GetParameters().Select(p => Make(p.ParameterType, p.Name ?? "", pass.Flags, timeout.Token, depth: 0)).ToArray();
        }
        catch (CannotMakeException e)
        {
            return new SweepCall(label, pass, null, $"not called: {e.Message}", TimeSpan.Zero);
        }

        Exception? failure = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await NoServerInterceptor.RunAsAsync(label, pass.Answer, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var instance = scope.ServiceProvider.GetRequiredService(type);
            try
            {
                // Some use cases take the caller's context (evidence sources, report figures): hand them one of the scope's.
                for (var i = 0; i < arguments.Length; i++)
                {
                    if (arguments[i] is ContextPlease) arguments[i] = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContextAsync();
                    else if (arguments[i] is QueryPlease query) arguments[i] = await query.MakeAsync(scope.ServiceProvider);
                }
                var result = method.Invoke(instance, arguments);
                if (result is Task task) await task.WaitAsync(CallTimeout);
                else if (result is ValueTask valueTask) await valueTask.AsTask().WaitAsync(CallTimeout);
                else if (result?.GetType().Name.StartsWith("ValueTask", StringComparison.Ordinal) == true)
                    await ((Task)result.GetType().GetMethod("AsTask")!.Invoke(result, null)!).WaitAsync(CallTimeout);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                failure = e.InnerException;
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        foreach (var context in arguments.OfType<IAsyncDisposable>()) await context.DisposeAsync();
        return new SweepCall(label, pass, failure, null, clock.Elapsed);
    }

    private static bool TakesArguments(MethodInfo method) => method.GetParameters().Any(p => p.ParameterType != typeof(CancellationToken));

    private static bool TakesFlags(MethodInfo method) =>
        method.GetParameters().Any(p => !(p.ParameterType == typeof(CancellationToken) || p.ParameterType == typeof(string) || p.ParameterType.IsPrimitive
                                          || (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is { IsPrimitive: true } || p.ParameterType == typeof(Guid)));

    /// <summary>Public instance methods that return a task, declared by the app (not object, not a hosted service's lifecycle).</summary>
    public static IEnumerable<MethodInfo> AsyncMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType?.Assembly == type.Assembly && !m.IsSpecialName && !m.IsGenericMethodDefinition)
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
            .Where(m => !(typeof(IHostedService).IsAssignableFrom(type) && m.Name is "StartAsync" or "StopAsync" or "ExecuteAsync"))
            .OrderBy(m => m.Name).ThenBy(m => m.GetParameters().Length);

    private static object? Make(Type type, string name, bool flags, CancellationToken ct, int depth)
    {
        if (depth > 4) throw new CannotMakeException($"{type.Name} nests too deep");
        if (type == typeof(CancellationToken)) return ct;
        if (type == typeof(LearningDbContext)) return new ContextPlease();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IQueryable<>)) return new QueryPlease(type.GetGenericArguments()[0]);
        if (Nullable.GetUnderlyingType(type) is { } inner) return Make(inner, name, flags, ct, depth);
        if (type == typeof(string)) return Text(name);
        if (type == typeof(bool)) return flags;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal) || type == typeof(double))
            return Convert.ChangeType(1, type);
        if (type == typeof(Guid)) return Guid.NewGuid();
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
        if (type == typeof(DateTime)) return new DateTime(2026, 6, 1);
        if (type == typeof(DateOnly)) return new DateOnly(2026, 6, 1);
        if (type == typeof(TimeSpan)) return TimeSpan.FromHours(8);
        if (type.IsEnum) return Enum.GetValues(type).GetValue(flags ? 0 : Enum.GetValues(type).Length - 1);
        if (type == typeof(Stream)) return new MemoryStream("1;2;3\n"u8.ToArray());
        if (type == typeof(TextWriter)) return new StringWriter();
        if (type == typeof(byte[])) return "1"u8.ToArray();
        if (type.IsArray) return OneOf(type.GetElementType()!, name, flags, ct, depth);
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var arguments = type.GetGenericArguments();
            if (arguments.Length == 1)
            {
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments[0]))!;
                list.Add(Make(arguments[0], name, flags, ct, depth + 1));
                if (type.IsAssignableFrom(list.GetType())) return list;
                // A domain list built from items (ValueList<T> of a question's answer).
                if (type.GetConstructor([typeof(IEnumerable<>).MakeGenericType(arguments[0])]) is { } fromItems) return fromItems.Invoke([list]);
                if (type.GetGenericTypeDefinition() == typeof(HashSet<>) || type.GetGenericTypeDefinition() == typeof(ISet<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlySet<>))
                    return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments[0]), list);
            }
            throw new CannotMakeException($"{type.Name} is a collection this sweep cannot fill");
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IProgress<>))
            return Activator.CreateInstance(typeof(Progress<>).MakeGenericType(type.GetGenericArguments()));
        if (type.IsAbstract && !type.IsInterface && ConcreteOf(type) is { } concrete) return Make(concrete, name, flags, ct, depth);
        if (typeof(Delegate).IsAssignableFrom(type) || type.IsInterface || type.IsAbstract) throw new CannotMakeException($"{type.Name} is not data");
        return Build(type, flags, ct, depth);
    }

    private static object Build(Type type, bool flags, CancellationToken ct, int depth)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new CannotMakeException($"{type.Name} has no public constructor");
        object instance;
        try
        {
            instance = constructor.Invoke(constructor.GetParameters().Select(p => Make(p.ParameterType, p.Name ?? "", flags, ct, depth + 1)).ToArray());
        }
        catch (TargetInvocationException e)
        {
            throw new CannotMakeException($"{type.Name} refused the made-up values ({e.InnerException?.Message})");
        }
        // Forms are bound by the page: fill what the constructor left empty, as a person filling the form would.
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic && p.GetIndexParameters().Length == 0))
        {
            var current = property.GetValue(instance);
            if (current is not null && !(current is string s && s.Length == 0) && !(current is ICollection c && c.Count == 0)) continue;
            try { property.SetValue(instance, Make(property.PropertyType, property.Name, flags, ct, depth + 1)); }
            catch (CannotMakeException) { }
        }
        return instance;
    }

    private static Array OneOf(Type element, string name, bool flags, CancellationToken ct, int depth)
    {
        var array = Array.CreateInstance(element, 1);
        array.SetValue(Make(element, name, flags, ct, depth + 1), 0);
        return array;
    }

    /// <summary>The first concrete kind of an abstract one (a <c>Response</c> becomes a choice, a text…), by name, so runs agree.</summary>
    private static Type? ConcreteOf(Type type) =>
        type.Assembly.GetTypes().Where(t => type.IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructors().Length > 0).OrderBy(t => t.Name).FirstOrDefault();

    /// <summary>Stands for a context the call gets from its own scope.</summary>
    private sealed class ContextPlease;

    /// <summary>Stands for an entity set of the call's own context; other queryables are not made.</summary>
    private sealed class QueryPlease(Type element)
    {
        public async Task<object> MakeAsync(IServiceProvider scope)
        {
            var db = await scope.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContextAsync();
            if (db.Model.FindEntityType(element) is null) throw new CannotMakeException($"IQueryable<{element.Name}> is not an entity set");
            return typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(element).Invoke(db, null)!;
        }
    }

    /// <summary>Text a page would pass for a parameter of this name.</summary>
    private static string Text(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("regency")) return "18.06";
        if (n.Contains("district")) return "18.06.16";
        if (n.Contains("village")) return "18.06.16.2010";
        if (n.Contains("email")) return "uji@smartvillage.test";
        if (n.Contains("phone") || n.Contains("login")) return "081270000001";
        if (n.Contains("slug")) return "pengelolaan-apbdes";
        if (n.Contains("track")) return "MP";
        if (n.Contains("area")) return "PM";
        if (n.Contains("role")) return "Admin";
        if (n.Contains("code")) return "ABCDEFGHJKLMNPQR";
        if (n.EndsWith("id", StringComparison.Ordinal)) return "00000000-0000-0000-0000-000000000001";
        if (n.Contains("url") || n.Contains("link")) return "/catalog";
        if (n.Contains("directory") || n.Contains("folder") || n.Contains("root")) return RepositoryPaths.Content;
        return "Teks uji untuk pemeriksaan SQL Server";
    }

    private sealed class CannotMakeException(string message) : Exception(message);
}

/// <summary>One call of the sweep: how it ended (null: it returned), or why it was not made.</summary>
public sealed record SweepCall(string Label, ServiceSweep.Pass Pass, Exception? Failure, string? NotCalled, TimeSpan Elapsed);
