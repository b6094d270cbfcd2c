using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class YearPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SlotSource = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsManuallyMoved = table.Column<bool>(type: "boolean", nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PlannedFromPreviousReview = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedFromDeterioration = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MedicationReviewDone = table.Column<bool>(type: "boolean", nullable: false),
                    HealthExamination = table.Column<bool>(type: "boolean", nullable: false),
                    CarePlanUpdated = table.Column<bool>(type: "boolean", nullable: false),
                    TreatmentLimitations = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PalliativeConsideration = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HomeVisitByRegularDoctor = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KommunVacationSettings",
                columns: table => new
                {
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    SummerFirstWeek = table.Column<int>(type: "integer", nullable: true),
                    SummerLastWeek = table.Column<int>(type: "integer", nullable: true),
                    WinterFrom = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    WinterTo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KommunVacationSettings", x => x.KommunId);
                    table.ForeignKey(
                        name: "FK_KommunVacationSettings_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionReviewSettings",
                columns: table => new
                {
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionReviewSettings", x => x.RegionId);
                    table.ForeignKey(
                        name: "FK_RegionReviewSettings_Organisations_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitReviewCapacities",
                columns: table => new
                {
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewsPerRound = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReviewCapacities", x => x.CareUnitId);
                    table.ForeignKey(
                        name: "FK_UnitReviewCapacities_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearPlanRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Slots = table.Column<string>(type: "text", nullable: false),
                    Settings = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MadeAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearPlanRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearPlanRuns_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewTasks_AnnualReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "AnnualReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewTasks_People_OwnerPersonId",
                        column: x => x.OwnerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_CareUnitId_Year",
                table: "AnnualReviews",
                columns: new[] { "CareUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_PatientId_CareUnitId_Year",
                table: "AnnualReviews",
                columns: new[] { "PatientId", "CareUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_OwnerPersonId_DueOn",
                table: "ReviewTasks",
                columns: new[] { "OwnerPersonId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_ReviewId_Kind",
                table: "ReviewTasks",
                columns: new[] { "ReviewId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearPlanRuns_CareUnitId_Year",
                table: "YearPlanRuns",
                columns: new[] { "CareUnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KommunVacationSettings");

            migrationBuilder.DropTable(
                name: "RegionReviewSettings");

            migrationBuilder.DropTable(
                name: "ReviewTasks");

            migrationBuilder.DropTable(
                name: "UnitReviewCapacities");

            migrationBuilder.DropTable(
                name: "YearPlanRuns");

            migrationBuilder.DropTable(
                name: "AnnualReviews");
        }
    }
}
