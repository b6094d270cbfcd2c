using System.Diagnostics.Metrics;

namespace Narplan.Data;

/// <summary>
/// Närplan's own OpenTelemetry instruments (meter <see cref="Name"/>; exported with the rest when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, decision 0055). Tags carry kinds and formats, never patient data or ids.
/// </summary>
public static class NarplanMeters
{
    public const string Name = "Narplan";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> OnCallResolutions =
        Meter.CreateCounter<long>("narplan.oncall.resolutions", "{resolution}", "Who-to-call answers resolved (page, API, timeline, feeds).");

    private static readonly Counter<long> AuditEntries =
        Meter.CreateCounter<long>("narplan.audit.entries", "{entry}", "Audit entries sealed into the chain and saved.");

    private static readonly Counter<long> YearPlanRuns =
        Meter.CreateCounter<long>("narplan.yearplan.runs", "{run}", "Year plans planned, re-planned or previewed.");

    private static readonly Histogram<double> YearPlanDuration =
        Meter.CreateHistogram<double>("narplan.yearplan.duration", "ms", "Time to plan or re-plan one unit's year.");

    private static readonly Histogram<double> ExportDuration =
        Meter.CreateHistogram<double>("narplan.export.duration", "ms", "Time to build a plan export (docx, pdf, xlsx).");

    public static void OnCallResolved(string kind, int count = 1) =>
        OnCallResolutions.Add(count, new KeyValuePair<string, object?>("narplan.oncall.kind", kind));

    public static void AuditEntriesSaved(long count) => AuditEntries.Add(count);

    public static void YearPlanRan(bool preview, long startedTimestamp)
    {
        var tag = new KeyValuePair<string, object?>("narplan.yearplan.preview", preview);
        YearPlanRuns.Add(1, tag);
        YearPlanDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds, tag);
    }

    public static void Exported(string format, long startedTimestamp) =>
        ExportDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds, new KeyValuePair<string, object?>("narplan.export.format", format));
}
