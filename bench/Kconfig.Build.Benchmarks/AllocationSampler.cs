using System.Diagnostics.Tracing;
using System.Globalization;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// `--allocations`: the runtime's allocation-tick events (one about every 100 KB allocated), summed by type,
/// to see which objects a stage allocates without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public void Clear()
    {
        lock (_bytesByType)
        {
            _bytesByType.Clear();
        }
    }

    public void Print(int top)
    {
        lock (_bytesByType)
        {
            long total = _bytesByType.Values.Sum();
            foreach ((string type, long bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1048576.0,8:F1} MiB {100.0 * bytes / total,5:F1} %  {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        int typeIndex = eventData.PayloadNames.IndexOf("TypeName");
        int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeIndex < 0 || amountIndex < 0)
        {
            return;
        }

        string type = eventData.Payload![typeIndex] as string ?? "?";
        // Large objects count against the LOH budget, whose exhaustion triggers a full (gen2) collection.
        int kindIndex = eventData.PayloadNames.IndexOf("AllocationKind");
        if (kindIndex >= 0 && Convert.ToInt32(eventData.Payload[kindIndex], CultureInfo.InvariantCulture) == 1)
        {
            type += " (large object heap)";
        }

        long amount = Convert.ToInt64(eventData.Payload[amountIndex], CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
