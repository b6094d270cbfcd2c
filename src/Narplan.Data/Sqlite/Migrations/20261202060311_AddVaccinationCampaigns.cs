using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddVaccinationCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VaccinationCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Season = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IncludesInfluenza = table.Column<bool>(type: "INTEGER", nullable: false),
                    IncludesCovid = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VaccinationCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VaccinationCampaigns_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VaccinationDoses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Vaccine = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoseNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentationSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentationSentBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VaccinationDoses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VaccinationDoses_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VaccinationDoses_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VaccinationDoses_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VaccinationDoses_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VaccinationDoses_VaccinationCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "VaccinationCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VaccineOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnhancedInfluenzaDoses = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardInfluenzaDoses = table.Column<int>(type: "INTEGER", nullable: false),
                    CovidDoses = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VaccineOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VaccineOrders_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VaccineOrders_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VaccineOrders_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VaccineOrders_VaccinationCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "VaccinationCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VaccinationCampaigns_KommunId_StartsOn",
                table: "VaccinationCampaigns",
                columns: new[] { "KommunId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VaccinationDoses_CampaignId_CareUnitId",
                table: "VaccinationDoses",
                columns: new[] { "CampaignId", "CareUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_VaccinationDoses_CareCentreId_RegisteredOn",
                table: "VaccinationDoses",
                columns: new[] { "CareCentreId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VaccinationDoses_CareUnitId",
                table: "VaccinationDoses",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_VaccinationDoses_KommunId_DocumentationSentOn",
                table: "VaccinationDoses",
                columns: new[] { "KommunId", "DocumentationSentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VaccinationDoses_PatientId",
                table: "VaccinationDoses",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_VaccineOrders_CampaignId_CareUnitId",
                table: "VaccineOrders",
                columns: new[] { "CampaignId", "CareUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VaccineOrders_CareCentreId_ConfirmedOn",
                table: "VaccineOrders",
                columns: new[] { "CareCentreId", "ConfirmedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VaccineOrders_CareUnitId",
                table: "VaccineOrders",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_VaccineOrders_KommunId",
                table: "VaccineOrders",
                column: "KommunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VaccinationDoses");

            migrationBuilder.DropTable(
                name: "VaccineOrders");

            migrationBuilder.DropTable(
                name: "VaccinationCampaigns");
        }
    }
}
