using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OnCallAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Decision 0037: rule profiles belong to beredskapsjour areas, not regions. The old region-wide versions
            // cannot be given an area here (a region has several), so they are removed; the demo data loads the areas
            // from the seeds once (DemoData.SeedOnCallAreasIfEmptyAsync) and an administrator adds any others.
            migrationBuilder.Sql("DELETE FROM \"RuleProfileVersions\";");

            migrationBuilder.DropIndex(
                name: "IX_RuleProfileVersions_Key_ValidFrom",
                table: "RuleProfileVersions");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "RuleProfileVersions");

            migrationBuilder.RenameColumn(
                name: "RuleProfile",
                table: "Organisations",
                newName: "DecisionSupport");

            migrationBuilder.AddColumn<string>(
                name: "AcuteVisitName",
                table: "RuleProfileVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcuteVisitPhone",
                table: "RuleProfileVersions",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcuteVisitRemit",
                table: "RuleProfileVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AreaId",
                table: "RuleProfileVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "RuleNote",
                table: "RuleProfileVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OnCallAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnCallAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnCallAreas_Organisations_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnCallAreaAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnCallAreaAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnCallAreaAssignments_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnCallAreaAssignments_OnCallAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "OnCallAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnCallAreaAssignments_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RuleProfileVersions_AreaId_ValidFrom",
                table: "RuleProfileVersions",
                columns: new[] { "AreaId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnCallAreaAssignments_AreaId",
                table: "OnCallAreaAssignments",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_OnCallAreaAssignments_CareUnitId",
                table: "OnCallAreaAssignments",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OnCallAreaAssignments_KommunId_ValidFrom",
                table: "OnCallAreaAssignments",
                columns: new[] { "KommunId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_OnCallAreas_RegionId_Name",
                table: "OnCallAreas",
                columns: new[] { "RegionId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_RuleProfileVersions_OnCallAreas_AreaId",
                table: "RuleProfileVersions",
                column: "AreaId",
                principalTable: "OnCallAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RuleProfileVersions_OnCallAreas_AreaId",
                table: "RuleProfileVersions");

            migrationBuilder.DropTable(
                name: "OnCallAreaAssignments");

            migrationBuilder.DropTable(
                name: "OnCallAreas");

            migrationBuilder.DropIndex(
                name: "IX_RuleProfileVersions_AreaId_ValidFrom",
                table: "RuleProfileVersions");

            migrationBuilder.DropColumn(
                name: "AcuteVisitName",
                table: "RuleProfileVersions");

            migrationBuilder.DropColumn(
                name: "AcuteVisitPhone",
                table: "RuleProfileVersions");

            migrationBuilder.DropColumn(
                name: "AcuteVisitRemit",
                table: "RuleProfileVersions");

            migrationBuilder.DropColumn(
                name: "AreaId",
                table: "RuleProfileVersions");

            migrationBuilder.DropColumn(
                name: "RuleNote",
                table: "RuleProfileVersions");

            migrationBuilder.RenameColumn(
                name: "DecisionSupport",
                table: "Organisations",
                newName: "RuleProfile");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "RuleProfileVersions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_RuleProfileVersions_Key_ValidFrom",
                table: "RuleProfileVersions",
                columns: new[] { "Key", "ValidFrom" },
                unique: true);
        }
    }
}
