using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Domain.OnCall;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Plans;
using NodaTime;

namespace Narplan.Web.Tests.Api;

/// <summary>
/// Issue 22's performance (decision 0051): the open-data answers are kept between requests, but never past a saved
/// change — the next answer after a save shows it — and a poller's 304 no longer queries the database per request.
/// Each test has its own app (and database), since it changes data.
/// </summary>
public sealed class OpenDataCacheTests : IDisposable
{
    private readonly NarplanAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ShouldShowARenamedUnitInTheNextFhirLocationSearch()
    {
        var client = _app.CreateClient();
        var kommun = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync());
        var url = $"/fhir/Location?organization=Organization/{kommun}&_count=200";
        var before = await client.GetStringAsync(url);
        Assert.Contains("Hagagården", before);
        Assert.Equal(before, await client.GetStringAsync(url));

        await _app.WithDbAsync(async db =>
        {
            var unit = await db.CareUnits.SingleAsync(u => u.Name == "Hagagården");
            unit.Update("Hagagården Norra", unit.Places);
            return await db.SaveChangesAsync();
        });

        var after = await client.GetStringAsync(url);
        Assert.Contains("Hagagården Norra", after);
    }

    [Fact]
    public async Task ShouldShowANewRedirectInTheNextTimelineAnswer()
    {
        var client = _app.CreateClient();
        var unit = await _app.UnitIdAsync("Bäckliden");
        var url = $"/api/v1/units/{unit}/on-call/timeline?from=2026-06-15&to=2026-06-16";
        var before = await client.GetStringAsync(url);
        Assert.DoesNotContain("Tillfällig omdirigering", before);
        Assert.Equal(before, await client.GetStringAsync(url));

        // Monday 15 June 2026, 10–12: the vårdcentral redirects its calls (a saved change, as the redirect form saves it).
        await _app.WithDbAsync(async db =>
        {
            var centre = await db.UnitResponsibilities.Where(r => r.CareUnitId == unit).OrderByDescending(r => r.ValidFrom).Select(r => r.CareCentreId).FirstAsync();
            var zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
            db.OnCallRedirects.Add(new OnCallRedirect(centre, unit,
                new LocalDateTime(2026, 6, 15, 10, 0).InZoneStrictly(zone).ToInstant(), new LocalDateTime(2026, 6, 15, 12, 0).InZoneStrictly(zone).ToInstant(),
                "Närhälsan Grästorp vårdcentral", "0514-123 45", "Utbildningsdag", isInternal: false));
            return await db.SaveChangesAsync();
        });

        var after = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
        var redirected = Assert.Single(after.GetProperty("periods").EnumerateArray(), p => p.GetProperty("responder").GetString() == "tillfallig");
        Assert.Equal("2026-06-15T10:00:00+02:00", redirected.GetProperty("from").GetString());
        Assert.Equal("Tillfällig omdirigering: Utbildningsdag", redirected.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ShouldGiveANewETagAndTheNewNameAfterTheKommunIsRenamed()
    {
        var client = _app.CreateClient();
        var id = await _app.PlanIdAsync("Herrljunga");
        var url = $"/api/v1/plans/{id}/versions/1";
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;

        await _app.WithDbAsync(async db =>
        {
            (await db.Kommuner.SingleAsync(k => k.Name == "Herrljunga")).Rename("Herrljunga (namnbyte)");
            return await db.SaveChangesAsync();
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(etag, second.Headers.ETag);
        Assert.Equal("Herrljunga (namnbyte)", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("kommun").GetString());
    }

    [Fact]
    public async Task ShouldAnswerRepeated304sWithoutAQueryPerRequestWhileNothingChanged()
    {
        var client = _app.CreateClient();
        var id = await _app.PlanIdAsync("Herrljunga");
        var url = $"/api/v1/plans/{id}/versions/1";
        var etag = (await client.GetAsync(url)).Headers.ETag!;
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_app.Services.GetRequiredService<DatabaseSettings>().ConnectionString).DataSource;

        async Task<HttpStatusCode> RevalidateAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotModified, await RevalidateAsync());
        const int Requests = 30;
        using var commands = new CommandCounter(database);
        for (var i = 0; i < Requests; i++)
        {
            Assert.Equal(HttpStatusCode.NotModified, await RevalidateAsync());
        }

        // Before the cache every 304 read the version's stamp (three queries each: 90 here). Background work of the
        // app may query now and then, so the bound is one per request rather than none.
        Assert.True(commands.Count < Requests, $"{commands.Count} database commands for {Requests} answers 304");
    }

    /// <summary>Counts the EF Core commands run against one SQLite file (this test's app), whichever thread runs them.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(string database)
        {
            _database = database;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
                && data.Command.Connection?.ConnectionString.Contains(_database, StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
