using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    DoctorId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Through = table.Column<DateOnly>(type: "date", nullable: false),
                    SubstituteName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResponderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DaytimeStart = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    DaytimeEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WeekdayHolidaysAreOnCall = table.Column<bool>(type: "boolean", nullable: false),
                    EvesAreOnCall = table.Column<bool>(type: "boolean", nullable: false),
                    OnCallServiceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnCallNumbers = table.Column<string>(type: "text", nullable: false),
                    EscalationSteps = table.Column<string>(type: "text", nullable: false),
                    OnSiteWithinMinutes = table.Column<int>(type: "integer", nullable: true),
                    TelephoneContactWithinMinutes = table.Column<int>(type: "integer", nullable: true),
                    Scope = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
