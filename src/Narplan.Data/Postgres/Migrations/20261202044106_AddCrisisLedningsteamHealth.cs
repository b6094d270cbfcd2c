using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddCrisisLedningsteamHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetenceAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ForYear = table.Column<int>(type: "integer", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Needs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Trainings = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetenceAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetenceAssessments_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrisisAbsences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisAbsences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisAbsences_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrisisContactPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeOpens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    OfficeCloses = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ChiefTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChiefName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChiefPhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Substitutes = table.Column<string>(type: "text", nullable: false),
                    OutsideOfficeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OutsideOfficePhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisContactPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisContactPlans_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HealthPromotionActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthPromotionActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthPromotionActivities_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LedningsteamMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Held = table.Column<bool>(type: "boolean", nullable: false),
                    Participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PatientSafety = table.Column<bool>(type: "boolean", nullable: false),
                    Deviations = table.Column<bool>(type: "boolean", nullable: false),
                    Guidelines = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedningsteamMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedningsteamMeetings_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LedningsteamMeetings_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceAssessments_KommunId_ForYear",
                table: "CompetenceAssessments",
                columns: new[] { "KommunId", "ForYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrisisAbsences_KommunId_LastDay",
                table: "CrisisAbsences",
                columns: new[] { "KommunId", "LastDay" });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisContactPlans_KommunId",
                table: "CrisisContactPlans",
                column: "KommunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthPromotionActivities_KommunId_FirstDay",
                table: "HealthPromotionActivities",
                columns: new[] { "KommunId", "FirstDay" });

            migrationBuilder.CreateIndex(
                name: "IX_LedningsteamMeetings_CareUnitId_On",
                table: "LedningsteamMeetings",
                columns: new[] { "CareUnitId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_LedningsteamMeetings_KommunId_On",
                table: "LedningsteamMeetings",
                columns: new[] { "KommunId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetenceAssessments");

            migrationBuilder.DropTable(
                name: "CrisisAbsences");

            migrationBuilder.DropTable(
                name: "CrisisContactPlans");

            migrationBuilder.DropTable(
                name: "HealthPromotionActivities");

            migrationBuilder.DropTable(
                name: "LedningsteamMeetings");
        }
    }
}
