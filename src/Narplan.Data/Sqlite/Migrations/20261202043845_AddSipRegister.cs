using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSipRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SipOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TriggerEventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TriggerOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfferedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MeetingPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MeetingHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowedUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExternalSystem = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ExternalReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipOffers_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SipOffers_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SipActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipActions_SipOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "SipOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SipParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipParticipants_SipOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "SipOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SipActions_OfferId",
                table: "SipActions",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_SipActions_PatientId_DueOn",
                table: "SipActions",
                columns: new[] { "PatientId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SipOffers_KommunId_OfferedOn",
                table: "SipOffers",
                columns: new[] { "KommunId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SipOffers_PatientId",
                table: "SipOffers",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SipOffers_TriggerEventId",
                table: "SipOffers",
                column: "TriggerEventId");

            migrationBuilder.CreateIndex(
                name: "IX_SipParticipants_OfferId",
                table: "SipParticipants",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_SipParticipants_PatientId",
                table: "SipParticipants",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SipActions");

            migrationBuilder.DropTable(
                name: "SipParticipants");

            migrationBuilder.DropTable(
                name: "SipOffers");
        }
    }
}
