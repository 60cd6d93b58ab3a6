using Styrkedja.Bench;

// Benchmarks at region scale. Every figure is reported as a ratio against a baseline measured in the
// same run, so that results from different machines can be compared.
// Usage: dotnet run -c Release --project bench/Styrkedja.Bench [goals [years] | indicators | reports | sie [millions]]
var which = args.Length > 0 ? args[0] : "goals";
switch (which)
{
    case "goals":
        await GoalChainBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10);
        break;
    case "indicators":
        await IndicatorBenchmark.RunAsync();
        break;
    case "reports":
        await ReportBenchmark.RunAsync();
        break;
    case "sie":
        await SieBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5);
        break;
    default:
        Console.WriteLine("Usage: dotnet run -c Release --project bench/Styrkedja.Bench [goals [years] | indicators | reports | sie [millions]]");
        return 2;
}
return 0;
