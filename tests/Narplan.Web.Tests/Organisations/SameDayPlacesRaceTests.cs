using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Domain.Audit;
using Narplan.Domain.Places;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Organisations.Administration;
using Narplan.Web.Tests.Infrastructure;
using Npgsql;

namespace Narplan.Web.Tests.Organisations;

/// <summary>
/// Two first saves of a unit's places on the same day at once (seen under load in <c>TwoInstancesTests</c>): the second
/// meets the first's new period in the unique (unit, gäller från) index before its version check. Both forms that change
/// a unit's places — the unit page (<see cref="UnitCommands"/>) and the organisation register
/// (<see cref="OrganisationAdministration"/>) — answer it as a stale form (409, the user's input kept), not a 500.
/// The race is made deterministic: the first save runs to its end just as the second reads the unit. On PostgreSQL,
/// where it was seen: the batch runs the period's insert after the stale update, so the unique index answers first.
/// </summary>
public sealed class SameDayPlacesRaceTests : IAsyncLifetime
{
    private const string Admin = "admin@narplan.demo";
    private readonly string _database = $"narplan_race_{Guid.NewGuid():N}";
    private readonly NpgsqlConnectionStringBuilder _server = new(Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL."));
    private WebApplicationFactory<Program> app = null!;

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(_server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:Narplan", new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _database }.ConnectionString);
            b.UseSetting("Audit:CheckpointKey", "race test checkpoint key, thirty-two bytes or more");
            b.UseSetting("Audit:CheckpointFile", Path.Combine(Path.GetTempPath(), $"{_database}.jsonl"));
        });
        await app.UnitIdAsync("Bäckliden"); // starts the app: migrations and demo data
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task ShouldAnswerTheSecondOfTwoSameDayPlaceSavesOnTheUnitFormAsStale()
    {
        var unit = await NewUnitAsync("Kapplöpningsgården");

        var (first, second) = await RaceAsync<UnitCommands>((commands, user, places) => commands.UpdateAsync(user, unit, 0, "Kapplöpningsgården", places));

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((false, true, UnitCommands.StaleMessage), (second.Succeeded, second.Conflict, second.Error));
        Assert.Equal(14, await PlacesAsync(unit));
    }

    [Fact]
    public async Task ShouldAnswerTheSecondOfTwoSameDayPlaceSavesInTheOrganisationRegisterAsStaleWithARefusalRow()
    {
        var unit = await NewUnitAsync("Kapplöpningshemmet");

        var (first, second) = await RaceAsync<OrganisationAdministration>(
            (commands, user, places) => commands.UpdateCareUnitAsync(user, unit, 0, "Kapplöpningshemmet", places, null, null));

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((false, true, OrganisationAdministration.StaleMessage), (second.Succeeded, second.Conflict, second.Error));
        Assert.Equal(14, await PlacesAsync(unit));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(
            e => e.Action == AuditAction.Refused && e.EntityType == nameof(CareUnit) && e.EntityId == unit.ToString())));
    }

    /// <summary>
    /// Two saves of the same unit from forms opened at the same version: the second (12 places) starts, and as it reads
    /// the unit the first (14 places, in its own scope) saves to its end.
    /// </summary>
    private async Task<(CommandResult First, CommandResult Second)> RaceAsync<TService>(Func<TService, ClaimsPrincipal, int, Task<CommandResult>> save)
        where TService : notnull
    {
        CommandResult? first = null;
        var second = await app.AsUserAsync<IServiceProvider, CommandResult>(Admin, async (services, user) =>
        {
            // The first save runs while the second's form reads the unit (not later: a save holds the audit chain's lock).
            var loads = 0;
            services.GetRequiredService<NarplanDbContext>().ChangeTracker.Tracked += (_, e) =>
            {
                if (e.FromQuery && e.Entry.Entity is CareUnit && Interlocked.Increment(ref loads) == 1)
                {
                    first = Task.Run(() => app.AsUserAsync<TService, CommandResult>(Admin, (service, u) => save(service, u, 14))).GetAwaiter().GetResult();
                }
            };
            return await save(services.GetRequiredService<TService>(), user, 12);
        });
        return (first!, second);
    }

    private Task<Guid> NewUnitAsync(string name) => app.WithDbAsync(async db =>
    {
        var unit = new CareUnit(await db.Kommuner.SingleAsync(k => k.Name == "Herrljunga"), name, CareUnitType.SarskiltBoende, 10);
        db.CareUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    });

    private Task<int> PlacesAsync(Guid unit) => app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == unit).Select(u => u.Places).SingleAsync());
}
