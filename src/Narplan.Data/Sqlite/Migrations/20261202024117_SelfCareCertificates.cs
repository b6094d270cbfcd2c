using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SelfCareCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SelfCareCertificates");
        }
    }
}
