using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddOralHealthRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OralHealthAssessments");

            migrationBuilder.DropTable(
                name: "OralHealthRecords");

            migrationBuilder.DropTable(
                name: "OralHealthCertifiers");
        }
    }
}
