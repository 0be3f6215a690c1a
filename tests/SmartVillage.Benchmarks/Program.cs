using BenchmarkDotNet.Running;
using SmartVillage.Benchmarks;

// "-- certificates [N]": a plain timed run (quick, prints the figures for docs/performance.md).
// Anything else goes to BenchmarkDotNet, e.g. "-- --filter *Certificate*".
if (args.Length > 0 && args[0] == "certificates")
    return await CertificateScale.RunAsync(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000);

BenchmarkSwitcher.FromAssembly(typeof(CertificateScale).Assembly).Run(args);
return 0;
