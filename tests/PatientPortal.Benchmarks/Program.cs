using System.Globalization;
using BenchmarkDotNet.Running;
using PatientPortal.Benchmarks;

// Micro benchmarks:  dotnet run -c Release --project tests/PatientPortal.Benchmarks -- --filter '*'
// Bulk invite:       dotnet run -c Release --project tests/PatientPortal.Benchmarks -- bulk 10000 100000
// Dispatch overhead: dotnet run -c Release --project tests/PatientPortal.Benchmarks -- dispatch 2000
// Funnel:            dotnet run -c Release --project tests/PatientPortal.Benchmarks -- funnel 10000 100000
// Delivery health:   dotnet run -c Release --project tests/PatientPortal.Benchmarks -- health 10000 100000
// SMS at the rate:   dotnet run -c Release --project tests/PatientPortal.Benchmarks -- sms-rate 1000 50 3
// Sign-in burst:     dotnet run -c Release --project tests/PatientPortal.Benchmarks -- sign-in-burst 50 3   (sign-ins at once, rounds)
// Public POST:       dotnet run -c Release --project tests/PatientPortal.Benchmarks -- public-post 16 3 5   (connections, rounds, seconds a round)
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
    case "public-post":
        var load = args.Skip(1).Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToList();
        await PublicPostHarness.RunAsync(load.ElementAtOrDefault(0) is > 0 and var connections ? connections : 16, load.ElementAtOrDefault(1) is > 0 and var rounds ? rounds : 3, TimeSpan.FromSeconds(load.ElementAtOrDefault(2) is > 0 and var seconds ? seconds : 5));
        break;
    case "sign-in-burst":
        var burst = args.Skip(1).Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToList();
        await SignInBurstHarness.RunAsync(burst.ElementAtOrDefault(0) is > 0 and var signIns ? signIns : 50, burst.ElementAtOrDefault(1) is > 0 and var burstRounds ? burstRounds : 3);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SignUpRuleBenchmarks).Assembly).Run(args);
        break;
}
