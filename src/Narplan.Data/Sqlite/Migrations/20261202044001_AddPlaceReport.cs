using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPlaceReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlacesBeforeHistory",
                table: "CareUnits",
                type: "INTEGER",
                nullable: true);

            // Units that already have a dated history keep, for the days before it, the figure saved when it began (decision
            // 0083). Nothing has moved the undated figure since (no catch-up ran), so it is that figure.
            migrationBuilder.Sql(
                "UPDATE \"CareUnits\" SET \"PlacesBeforeHistory\" = \"Places\" " +
                "WHERE EXISTS (SELECT 1 FROM \"UnitPlacesPeriods\" p WHERE p.\"CareUnitId\" = \"CareUnits\".\"Id\");");

            migrationBuilder.CreateTable(
                name: "PlaceReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalPlaces = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaceReportSubmissions_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlaceReportSubmissions_KommunId_CountedOn",
                table: "PlaceReportSubmissions",
                columns: new[] { "KommunId", "CountedOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlaceReportSubmissions");

            migrationBuilder.DropColumn(
                name: "PlacesBeforeHistory",
                table: "CareUnits");
        }
    }
}
