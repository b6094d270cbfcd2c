using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only in the database too, not only in the app (DOMAIN.md §12).
            migrationBuilder.Sql("""CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara få nya rader: en rad kan aldrig ändras eller tas bort.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara få nya rader: en rad kan aldrig ändras eller tas bort.'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_no_delete";""");
        }
    }
}
