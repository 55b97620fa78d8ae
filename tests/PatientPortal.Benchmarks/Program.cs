using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PatientPortal.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PatientPortal.Benchmarks.SignUpRuleBenchmarks).Assembly).Run(args);
