using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class YearPlanContactTimeLateAndRegionVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_RegionReviewSettings",
                table: "RegionReviewSettings");

            migrationBuilder.AddColumn<bool>(
                name: "UsesContactTime",
                table: "UnitReviewCapacities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ReconciliationOnly",
                table: "RoundSeries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "Id",
                table: "RegionReviewSettings",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // One row per region before: its id becomes the region's, so the new key is unique.
            migrationBuilder.Sql("UPDATE \"RegionReviewSettings\" SET \"Id\" = \"RegionId\";");

            migrationBuilder.AddColumn<string>(
                name: "MedicationReview",
                table: "RegionReviewSettings",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Extended");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "RegionReviewSettings",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "MedicationReview",
                table: "AnnualReviews",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Extended");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RegionReviewSettings",
                table: "RegionReviewSettings",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "ContactTimes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    DoctorId = table.Column<Guid>(type: "uuid", nullable: true),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Weekday = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    LengthMinutes = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EveryOtherWeek = table.Column<bool>(type: "boolean", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactTimes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactTimes_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactTimes_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactTimes_People_DoctorId",
                        column: x => x.DoctorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegionReviewSettings_RegionId_ValidFrom",
                table: "RegionReviewSettings",
                columns: new[] { "RegionId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactTimes_CareCentreId",
                table: "ContactTimes",
                column: "CareCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactTimes_CareUnitId",
                table: "ContactTimes",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactTimes_DoctorId",
                table: "ContactTimes",
                column: "DoctorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactTimes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RegionReviewSettings",
                table: "RegionReviewSettings");

            migrationBuilder.DropIndex(
                name: "IX_RegionReviewSettings_RegionId_ValidFrom",
                table: "RegionReviewSettings");

            migrationBuilder.DropColumn(
                name: "UsesContactTime",
                table: "UnitReviewCapacities");

            migrationBuilder.DropColumn(
                name: "ReconciliationOnly",
                table: "RoundSeries");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "RegionReviewSettings");

            migrationBuilder.DropColumn(
                name: "MedicationReview",
                table: "RegionReviewSettings");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "RegionReviewSettings");

            migrationBuilder.DropColumn(
                name: "MedicationReview",
                table: "AnnualReviews");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RegionReviewSettings",
                table: "RegionReviewSettings",
                column: "RegionId");
        }
    }
}
