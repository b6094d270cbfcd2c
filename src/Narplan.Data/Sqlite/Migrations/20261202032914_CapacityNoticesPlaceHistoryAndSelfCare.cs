using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CapacityNoticesPlaceHistoryAndSelfCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CapacityNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacesBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityNotices_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CapacityNotices_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CapacityNotices_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfCareCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WriterRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Covers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LastFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastFollowUpBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCareCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfCareCertificates_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfCareCertificates_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfCareCertificates_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitPlacesPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitPlacesPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitPlacesPeriods_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityNotices_CareCentreId_AcknowledgedAt",
                table: "CapacityNotices",
                columns: new[] { "CareCentreId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityNotices_CareUnitId",
                table: "CapacityNotices",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityNotices_KommunId",
                table: "CapacityNotices",
                column: "KommunId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfCareCertificates_CareCentreId_EndedOn",
                table: "SelfCareCertificates",
                columns: new[] { "CareCentreId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfCareCertificates_KommunId_EndedOn",
                table: "SelfCareCertificates",
                columns: new[] { "KommunId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfCareCertificates_PatientId",
                table: "SelfCareCertificates",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitPlacesPeriods_CareUnitId_ValidFrom",
                table: "UnitPlacesPeriods",
                columns: new[] { "CareUnitId", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CapacityNotices");

            migrationBuilder.DropTable(
                name: "SelfCareCertificates");

            migrationBuilder.DropTable(
                name: "UnitPlacesPeriods");
        }
    }
}
