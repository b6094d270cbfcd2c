using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Narplan.Browser.Tests;

/// <summary>
/// The app server with its clock (<see cref="IClock"/>) stopped at 10:00 on Wednesday 2 December 2026, so "today",
/// "next year" and "older than 14 days" are the same on any day the tests run. Chromium keeps the real clock; the pages
/// take their dates from the server.
/// </summary>
public sealed class StoppedClockServer : AppServer
{
    public static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 9, 0);

    /// <summary>The date in Sweden at <see cref="Now"/>.</summary>
    public static LocalDate Today => Now.InZone(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).Date;

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new StoppedClock()));

    private sealed class StoppedClock : IClock
    {
        public Instant GetCurrentInstant() => Now;
    }
}
