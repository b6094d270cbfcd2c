using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OnCallRulesAndRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DoctorAbsences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoctorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Through = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubstituteName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoctorAbsences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DoctorAbsences_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DoctorAbsences_People_DoctorId",
                        column: x => x.DoctorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnCallRedirects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResponderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnCallRedirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnCallRedirects_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnCallRedirects_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RuleProfileVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DaytimeStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    DaytimeEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WeekdayHolidaysAreOnCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvesAreOnCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnCallServiceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnCallNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    EscalationSteps = table.Column<string>(type: "TEXT", nullable: false),
                    OnSiteWithinMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    TelephoneContactWithinMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleProfileVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DoctorAbsences_CareCentreId_Through",
                table: "DoctorAbsences",
                columns: new[] { "CareCentreId", "Through" });

            migrationBuilder.CreateIndex(
                name: "IX_DoctorAbsences_DoctorId",
                table: "DoctorAbsences",
                column: "DoctorId");

            migrationBuilder.CreateIndex(
                name: "IX_OnCallRedirects_CareCentreId_Until",
                table: "OnCallRedirects",
                columns: new[] { "CareCentreId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_OnCallRedirects_CareUnitId",
                table: "OnCallRedirects",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RuleProfileVersions_Key_ValidFrom",
                table: "RuleProfileVersions",
                columns: new[] { "Key", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DoctorAbsences");

            migrationBuilder.DropTable(
                name: "OnCallRedirects");

            migrationBuilder.DropTable(
                name: "RuleProfileVersions");
        }
    }
}
