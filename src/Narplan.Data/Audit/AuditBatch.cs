using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Narplan.Data.Audit;

/// <summary>
/// Appends many already sealed audit entries in one multi-row <c>INSERT</c> (decision 0092): the columns, converters and
/// parameter types come from the EF model, so a row is exactly what <c>SaveChanges</c> would have written, without the
/// change tracker (a patient list of 400 patients is 400 entries). Runs inside the caller's transaction.
/// </summary>
internal static class AuditBatch
{
    // 13 columns a row: 500 rows stay far below SQLite's 32,766 and PostgreSQL's 65,535 parameters a statement.
    private const int RowsPerStatement = 500;

    public static async Task InsertAsync(NarplanDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = entityType.GetTableName()!;
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        var properties = entityType.GetProperties().ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in entries.Chunk(RowsPerStatement))
        {
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            if (db.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table, schema))
                .Append(" (").Append(columns).Append(") VALUES ");
            var n = 0;
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var i = 0; i < properties.Count; i++)
                {
                    var name = "a" + n++;
                    text.Append(i == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    command.Parameters.Add(mappings[i].CreateParameter(
                        command, sql.GenerateParameterName(name), getters[i].GetClrValueUsingContainingEntity(chunk[row]), properties[i].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
