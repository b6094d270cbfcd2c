using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoundFeedLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundFeedLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundFeedLinks_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundSeries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoctorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecondWeekday = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnchorDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    LengthMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingForm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HolidayPolicy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreviousSeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundSeries_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundSeries_People_DoctorId",
                        column: x => x.DoctorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundSeries_RoundSeries_PreviousSeriesId",
                        column: x => x.PreviousSeriesId,
                        principalTable: "RoundSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundOccurrenceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CancelNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MovedStart = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundOccurrenceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundOccurrenceRecords_RoundSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "RoundSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoundFeedLinks_PersonId",
                table: "RoundFeedLinks",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundFeedLinks_TokenHash",
                table: "RoundFeedLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundOccurrenceRecords_SeriesId_OriginalDate",
                table: "RoundOccurrenceRecords",
                columns: new[] { "SeriesId", "OriginalDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundSeries_CareUnitId",
                table: "RoundSeries",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSeries_DoctorId",
                table: "RoundSeries",
                column: "DoctorId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSeries_PreviousSeriesId",
                table: "RoundSeries",
                column: "PreviousSeriesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoundFeedLinks");

            migrationBuilder.DropTable(
                name: "RoundOccurrenceRecords");

            migrationBuilder.DropTable(
                name: "RoundSeries");
        }
    }
}
