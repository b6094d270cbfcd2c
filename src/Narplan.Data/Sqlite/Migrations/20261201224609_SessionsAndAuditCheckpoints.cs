using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionsAndAuditCheckpoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_Sequence",
                table: "AuditCheckpoints",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");

            // Checkpoints are append-only like the log itself (decision 0033).
            migrationBuilder.Sql("""CREATE TRIGGER "AuditCheckpoints_no_update" BEFORE UPDATE ON "AuditCheckpoints" BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara få nya rader: en rad kan aldrig ändras eller tas bort.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "AuditCheckpoints_no_delete" BEFORE DELETE ON "AuditCheckpoints" BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara få nya rader: en rad kan aldrig ändras eller tas bort.'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditCheckpoints_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "AuditCheckpoints_no_delete";""");
            migrationBuilder.DropTable(
                name: "AuditCheckpoints");

            migrationBuilder.DropTable(
                name: "UserSessions");
        }
    }
}
