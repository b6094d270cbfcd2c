using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Narplan.Bench;

/// <summary>Counts the SQL commands a piece of work sends and the time spent in them, grouped by the command's first line (for profiling).</summary>
internal sealed class QueryCounter : DbCommandInterceptor
{
    private readonly Dictionary<string, (int Count, double Ms)> byText = [];
    private readonly Dictionary<DbCommand, Stopwatch> running = [];

    public bool Enabled { get; set; }

    public int Commands => byText.Values.Sum(v => v.Count);

    public void Reset() => byText.Clear();

    public void Report(string title)
    {
        Console.WriteLine($"  {title}: {Commands} SQL commands, {byText.Values.Sum(v => v.Ms):F0} ms in the database");
        foreach (var (text, (count, ms)) in byText.OrderByDescending(kv => kv.Value.Ms).Take(12))
        {
            Console.WriteLine($"    {ms,7:F1} ms {count,4}× {text}");
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Enabled)
        {
            running[command] = Stopwatch.StartNew();
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Done(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Done(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        if (Enabled)
        {
            running[command] = Stopwatch.StartNew();
        }

        return ValueTask.FromResult(result);
    }

    private void Done(DbCommand command)
    {
        if (!Enabled || !running.Remove(command, out var watch))
        {
            return;
        }

        var text = Shorten(command.CommandText);
        var (count, ms) = byText.GetValueOrDefault(text);
        byText[text] = (count + 1, ms + watch.Elapsed.TotalMilliseconds);
    }

    private static string Shorten(string sql)
    {
        var from = sql.IndexOf("FROM ", StringComparison.Ordinal);
        var flat = sql.Replace('\n', ' ').Replace('\r', ' ');
        var tail = from < 0 ? flat : flat[from..];
        return tail.Length > 110 ? tail[..110] : tail;
    }
}
