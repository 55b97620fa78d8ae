using System.Globalization;
using BenchmarkDotNet.Running;
using PatientPortal.Benchmarks;

// Micro benchmarks:  dotnet run -c Release --project tests/PatientPortal.Benchmarks -- --filter '*'
// Bulk invite:       dotnet run -c Release --project tests/PatientPortal.Benchmarks -- bulk 10000 100000
// Dispatch overhead: dotnet run -c Release --project tests/PatientPortal.Benchmarks -- dispatch 2000
// Funnel:            dotnet run -c Release --project tests/PatientPortal.Benchmarks -- funnel 10000 100000
// Delivery health:   dotnet run -c Release --project tests/PatientPortal.Benchmarks -- health 10000 100000
// SMS at the rate:   dotnet run -c Release --project tests/PatientPortal.Benchmarks -- sms-rate 1000 50 3
switch (args.FirstOrDefault())
{
    case "bulk":
        await BulkInviteHarness.RunAsync(args.Skip(1).Select(size => int.Parse(size, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000));
        break;
    case "dispatch":
        await DispatchHarness.RunAsync(args.Skip(1).Select(size => int.Parse(size, CultureInfo.InvariantCulture)).DefaultIfEmpty(2_000).First());
        break;
    case "funnel":
        await FunnelHarness.RunAsync(args.Skip(1).Select(size => int.Parse(size, CultureInfo.InvariantCulture)).DefaultIfEmpty(100_000));
        break;
    case "health":
        await DeliveryHealthHarness.RunAsync(args.Skip(1).Select(size => int.Parse(size, CultureInfo.InvariantCulture)).DefaultIfEmpty(100_000));
        break;
    case "sms-rate":
        await SmsRateHarness.RunAsync(args.Skip(1).Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToList());
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SignUpRuleBenchmarks).Assembly).Run(args);
        break;
}
