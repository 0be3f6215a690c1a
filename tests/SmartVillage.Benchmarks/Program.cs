using BenchmarkDotNet.Running;
using SmartVillage.Benchmarks;

// Plain timed runs that print the figures for docs/performance.md:
//   `submissions [N]`  N officials submitting the same post-test at once (default 100)
//   `certificates [N]` N certificates rendered, one by one and as a zip (default 1000)
// Anything else goes to BenchmarkDotNet, e.g. `-- --filter *Certificate*`.
if (args.Length > 0 && args[0] == "submissions")
    return await ConcurrentSubmissions.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
if (args.Length > 0 && args[0] == "certificates")
    return await CertificateScale.RunAsync(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000);

BenchmarkSwitcher.FromAssembly(typeof(ConcurrentSubmissions).Assembly).Run(args);
return 0;
