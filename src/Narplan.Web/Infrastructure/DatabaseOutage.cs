using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// Tells a lost or refusing database from other failures, so that a page answers the Swedish 503 page ("Närplan når
/// inte databasen just nu") and the API a 503 problem, instead of a 500. Nothing is kept from the failure: the
/// connection pool drops broken connections and the next request after the database returns is served as usual.
/// </summary>
public static class DatabaseOutage
{
    public const string Title = "Närplan når inte databasen just nu";

    public const string Text =
        "Databasen svarar inte. Det du skrev har inte sparats. Vänta en stund och försök igen – Närplan fortsätter " +
        "av sig själv när databasen är tillbaka. Ring som vanligt om det är bråttom.";

    public static int? StatusOf(Exception? exception) => IsOutage(exception) ? StatusCodes.Status503ServiceUnavailable : null;

    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Connection exceptions (08…), shutdown and start-up (57P01–57P03), too many connections (53300),
                // a missing database (3D000), a database closed to connections (55000 with ALLOW_CONNECTIONS false).
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "3D000" or "55000";
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN.
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 10 or 14:
                    return true;
            }
        }

        return false;
    }
}
