using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SmartVillage.Learning.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which others, read from the compiled IL with Mono.Cecil: base types, interfaces,
/// fields, properties, signatures, attributes, locals and every type, method and field a method body touches. A
/// compiler-generated type (an async state machine, a lambda's closure, a Razor component's render tree) counts as its
/// declaring type, so a dependency hidden in an await or a markup tag is seen too.
/// </summary>
public sealed class TypeGraph
{
    private readonly Dictionary<string, HashSet<string>> uses = [];

    /// <summary>For each dependency (from namespace → to namespace), the types on the "from" side that make it.</summary>
    private readonly Dictionary<(string From, string To), SortedSet<string>> witnesses = [];

    public static TypeGraph Of(string assemblyPath)
    {
        var graph = new TypeGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes()) graph.Add(type);
        return graph;
    }

    /// <summary>The namespaces <paramref name="from"/> (or any namespace inside it) uses.</summary>
    public IEnumerable<string> UsedBy(string from) =>
        uses.Where(u => Within(u.Key, from)).SelectMany(u => u.Value).Distinct();

    /// <summary>Whether anything in <paramref name="from"/> (or inside it) uses a type of exactly namespace <paramref name="exact"/>.</summary>
    public bool UsesExactly(string from, string exact) => UsedBy(from).Contains(exact);

    /// <summary>Whether anything in namespace <paramref name="from"/> (or inside it) uses <paramref name="to"/> (or inside it).</summary>
    public bool Uses(string from, string to) => UsedBy(from).Any(n => Within(n, to));

    /// <summary>The types in <paramref name="from"/> that use something in <paramref name="to"/>, to say in a failure where to look.</summary>
    public IEnumerable<string> Witnesses(string from, string to) =>
        witnesses.Where(w => Within(w.Key.From, from) && Within(w.Key.To, to)).SelectMany(w => w.Value).Distinct().Order();

    public IEnumerable<string> Namespaces => uses.Keys;

    public static bool Within(string name, string space) => name == space || name.StartsWith(space + ".", StringComparison.Ordinal);

    private void Add(TypeDefinition type)
    {
        var owner = Outermost(type);
        var from = owner.Namespace;
        if (string.IsNullOrEmpty(from)) return;
        var seen = new HashSet<string>();

        void Ref(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType g:
                    Ref(g.ElementType);
                    foreach (var a in g.GenericArguments) Ref(a);
                    return;
                case TypeSpecification s:
                    Ref(s.ElementType);
                    return;
                case GenericParameter:
                    return;
            }
            var top = t;
            while (top.DeclaringType is not null) top = top.DeclaringType;
            if (!string.IsNullOrEmpty(top.Namespace) && seen.Add(top.Namespace))
            {
                if (!uses.TryGetValue(from, out var set)) uses[from] = set = [];
                set.Add(top.Namespace);
            }
            if (!string.IsNullOrEmpty(top.Namespace))
            {
                var key = (from, top.Namespace);
                if (!witnesses.TryGetValue(key, out var names)) witnesses[key] = names = [];
                names.Add(owner.FullName);
            }
        }

        void Method(MethodReference m)
        {
            Ref(m.DeclaringType);
            Ref(m.ReturnType);
            foreach (var p in m.Parameters) Ref(p.ParameterType);
            if (m is GenericInstanceMethod g) foreach (var a in g.GenericArguments) Ref(a);
        }

        void Attributes(ICustomAttributeProvider p)
        {
            foreach (var a in p.CustomAttributes)
            {
                Ref(a.AttributeType);
                foreach (var arg in a.ConstructorArguments) if (arg.Value is TypeReference tr) Ref(tr);
            }
        }

        if (!uses.ContainsKey(from)) uses[from] = [];
        Ref(type.BaseType);
        Attributes(type);
        foreach (var i in type.Interfaces) Ref(i.InterfaceType);
        foreach (var f in type.Fields) { Ref(f.FieldType); Attributes(f); }
        foreach (var p in type.Properties) { Ref(p.PropertyType); Attributes(p); }
        foreach (var e in type.Events) Ref(e.EventType);
        foreach (var m in type.Methods)
        {
            Method(m);
            Attributes(m);
            foreach (var p in m.Parameters) Attributes(p);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) Ref(v.VariableType);
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Ref(t); break;
                    case MethodReference mr: Method(mr); break;
                    case FieldReference fr: Ref(fr.DeclaringType); Ref(fr.FieldType); break;
                }
            }
        }
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
