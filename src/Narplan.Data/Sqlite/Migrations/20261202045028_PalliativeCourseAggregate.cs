using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PalliativeCourseAggregate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BreakpointConversations_Patients_PatientId",
                table: "BreakpointConversations");

            migrationBuilder.DropForeignKey(
                name: "FK_CareCertificateRequests_Patients_PatientId",
                table: "CareCertificateRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_CarePlans_Patients_PatientId",
                table: "CarePlans");

            migrationBuilder.DropForeignKey(
                name: "FK_DeathDelegations_Patients_PatientId",
                table: "DeathDelegations");

            migrationBuilder.DropForeignKey(
                name: "FK_Deaths_DeathDelegations_DelegationId",
                table: "Deaths");

            migrationBuilder.DropForeignKey(
                name: "FK_Deaths_Patients_PatientId",
                table: "Deaths");

            migrationBuilder.DropForeignKey(
                name: "FK_DeathTasks_Patients_PatientId",
                table: "DeathTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_EndOfLifeDecisions_Patients_PatientId",
                table: "EndOfLifeDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_SafetyMedications_Patients_PatientId",
                table: "SafetyMedications");

            migrationBuilder.AddColumn<string>(
                name: "CareCentreName",
                table: "DeathTasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AsNeededAnxiolyticPrescribed",
                table: "Deaths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AsNeededOpioidPrescribed",
                table: "Deaths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EstablishingCareCentreName",
                table: "Deaths",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FreeOfPressureUlcers",
                table: "Deaths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OralHealthAssessed",
                table: "Deaths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PainRated",
                table: "Deaths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PalliativeCourses",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PalliativeCourses", x => x.PatientId);
                    table.ForeignKey(
                        name: "FK_PalliativeCourses_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Decision 0087: every patient with a palliative row gets a course, so the rows stay where they are and point
            // at it; the vårdcentral names that the death and its tasks now carry are filled in from the register.
            migrationBuilder.Sql("""
                INSERT INTO "PalliativeCourses" ("PatientId")
                SELECT "PatientId" FROM "EndOfLifeDecisions"
                UNION SELECT "PatientId" FROM "SafetyMedications"
                UNION SELECT "PatientId" FROM "BreakpointConversations"
                UNION SELECT "PatientId" FROM "CarePlans"
                UNION SELECT "PatientId" FROM "DeathDelegations"
                UNION SELECT "PatientId" FROM "Deaths"
                UNION SELECT "PatientId" FROM "DeathTasks"
                UNION SELECT "PatientId" FROM "CareCertificateRequests";
                """);
            migrationBuilder.Sql("""
                UPDATE "DeathTasks" SET "CareCentreName" =
                    (SELECT "Name" FROM "Organisations" WHERE "Organisations"."Id" = "DeathTasks"."CareCentreId")
                WHERE "CareCentreId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "Deaths" SET "EstablishingCareCentreName" =
                    (SELECT "Name" FROM "Organisations" WHERE "Organisations"."Id" = "Deaths"."EstablishingCareCentreId")
                WHERE "EstablishingCareCentreId" IS NOT NULL;
                """);

            migrationBuilder.AddForeignKey(
                name: "FK_BreakpointConversations_PalliativeCourses_PatientId",
                table: "BreakpointConversations",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CareCertificateRequests_PalliativeCourses_PatientId",
                table: "CareCertificateRequests",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CarePlans_PalliativeCourses_PatientId",
                table: "CarePlans",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DeathDelegations_PalliativeCourses_PatientId",
                table: "DeathDelegations",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Deaths_PalliativeCourses_PatientId",
                table: "Deaths",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DeathTasks_PalliativeCourses_PatientId",
                table: "DeathTasks",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EndOfLifeDecisions_PalliativeCourses_PatientId",
                table: "EndOfLifeDecisions",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_SafetyMedications_PalliativeCourses_PatientId",
                table: "SafetyMedications",
                column: "PatientId",
                principalTable: "PalliativeCourses",
                principalColumn: "PatientId",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BreakpointConversations_PalliativeCourses_PatientId",
                table: "BreakpointConversations");

            migrationBuilder.DropForeignKey(
                name: "FK_CareCertificateRequests_PalliativeCourses_PatientId",
                table: "CareCertificateRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_CarePlans_PalliativeCourses_PatientId",
                table: "CarePlans");

            migrationBuilder.DropForeignKey(
                name: "FK_DeathDelegations_PalliativeCourses_PatientId",
                table: "DeathDelegations");

            migrationBuilder.DropForeignKey(
                name: "FK_Deaths_PalliativeCourses_PatientId",
                table: "Deaths");

            migrationBuilder.DropForeignKey(
                name: "FK_DeathTasks_PalliativeCourses_PatientId",
                table: "DeathTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_EndOfLifeDecisions_PalliativeCourses_PatientId",
                table: "EndOfLifeDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_SafetyMedications_PalliativeCourses_PatientId",
                table: "SafetyMedications");

            // SQLite rebuilds the tables that lose their foreign key at the end of the migration, so the course table is
            // dropped while they still point at it: with foreign keys on, that would cascade and delete every row.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.DropTable(
                name: "PalliativeCourses");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);

            migrationBuilder.DropColumn(
                name: "CareCentreName",
                table: "DeathTasks");

            migrationBuilder.DropColumn(
                name: "AsNeededAnxiolyticPrescribed",
                table: "Deaths");

            migrationBuilder.DropColumn(
                name: "AsNeededOpioidPrescribed",
                table: "Deaths");

            migrationBuilder.DropColumn(
                name: "EstablishingCareCentreName",
                table: "Deaths");

            migrationBuilder.DropColumn(
                name: "FreeOfPressureUlcers",
                table: "Deaths");

            migrationBuilder.DropColumn(
                name: "OralHealthAssessed",
                table: "Deaths");

            migrationBuilder.DropColumn(
                name: "PainRated",
                table: "Deaths");

            migrationBuilder.AddForeignKey(
                name: "FK_BreakpointConversations_Patients_PatientId",
                table: "BreakpointConversations",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CareCertificateRequests_Patients_PatientId",
                table: "CareCertificateRequests",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CarePlans_Patients_PatientId",
                table: "CarePlans",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DeathDelegations_Patients_PatientId",
                table: "DeathDelegations",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Deaths_DeathDelegations_DelegationId",
                table: "Deaths",
                column: "DelegationId",
                principalTable: "DeathDelegations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Deaths_Patients_PatientId",
                table: "Deaths",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DeathTasks_Patients_PatientId",
                table: "DeathTasks",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EndOfLifeDecisions_Patients_PatientId",
                table: "EndOfLifeDecisions",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_SafetyMedications_Patients_PatientId",
                table: "SafetyMedications",
                column: "PatientId",
                principalTable: "Patients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
