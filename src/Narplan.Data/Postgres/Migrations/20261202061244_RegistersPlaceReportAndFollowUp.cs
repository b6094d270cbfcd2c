using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistersPlaceReportAndFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlacesBeforeHistory",
                table: "CareUnits",
                type: "integer",
                nullable: true);

            // Units that already have a dated history keep, for the days before it, the figure saved when it began (decision
            // 0083). Nothing has moved the undated figure since (no catch-up ran), so it is that figure.
            migrationBuilder.Sql(
                "UPDATE \"CareUnits\" SET \"PlacesBeforeHistory\" = \"Places\" " +
                "WHERE EXISTS (SELECT 1 FROM \"UnitPlacesPeriods\" p WHERE p.\"CareUnitId\" = \"CareUnits\".\"Id\");");

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
                name: "FollowUpCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IsAutumn = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpCounts_Organisations_KommunId",
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

            migrationBuilder.CreateTable(
                name: "OralHealthCertifiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastTrainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OralHealthCertifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OralHealthCertifiers_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OralHealthCertifiers_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlaceReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalPlaces = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "OralHealthRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CertifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    CertifierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastOfferedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastOfferDeclined = table.Column<bool>(type: "boolean", nullable: false),
                    LastAssessmentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OralHealthRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OralHealthRecords_OralHealthCertifiers_CertifierId",
                        column: x => x.CertifierId,
                        principalTable: "OralHealthCertifiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OralHealthRecords_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OralHealthRecords_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OralHealthAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OralHealthAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OralHealthAssessments_OralHealthRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "OralHealthRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_FollowUpCounts_KommunId_Kind_Year_IsAutumn",
                table: "FollowUpCounts",
                columns: new[] { "KommunId", "Kind", "Year", "IsAutumn" },
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

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthAssessments_KommunId_AssessedOn",
                table: "OralHealthAssessments",
                columns: new[] { "KommunId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthAssessments_RecordId",
                table: "OralHealthAssessments",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthCertifiers_CareUnitId",
                table: "OralHealthCertifiers",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthCertifiers_KommunId_CareUnitId",
                table: "OralHealthCertifiers",
                columns: new[] { "KommunId", "CareUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthRecords_CertifierId",
                table: "OralHealthRecords",
                column: "CertifierId");

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthRecords_KommunId",
                table: "OralHealthRecords",
                column: "KommunId");

            migrationBuilder.CreateIndex(
                name: "IX_OralHealthRecords_PatientId",
                table: "OralHealthRecords",
                column: "PatientId",
                unique: true);

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
                name: "CompetenceAssessments");

            migrationBuilder.DropTable(
                name: "CrisisAbsences");

            migrationBuilder.DropTable(
                name: "CrisisContactPlans");

            migrationBuilder.DropTable(
                name: "FollowUpCounts");

            migrationBuilder.DropTable(
                name: "HealthPromotionActivities");

            migrationBuilder.DropTable(
                name: "LedningsteamMeetings");

            migrationBuilder.DropTable(
                name: "OralHealthAssessments");

            migrationBuilder.DropTable(
                name: "PlaceReportSubmissions");

            migrationBuilder.DropTable(
                name: "OralHealthRecords");

            migrationBuilder.DropTable(
                name: "OralHealthCertifiers");

            migrationBuilder.DropColumn(
                name: "PlacesBeforeHistory",
                table: "CareUnits");
        }
    }
}
