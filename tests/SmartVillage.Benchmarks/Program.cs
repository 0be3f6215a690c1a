using BenchmarkDotNet.Running;
using SmartVillage.Benchmarks;

// `submissions [N]`: the 100-officials scenario as a plain console run; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "submissions")
    return await ConcurrentSubmissions.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
BenchmarkSwitcher.FromAssembly(typeof(ConcurrentSubmissions).Assembly).Run(args);
return 0;
