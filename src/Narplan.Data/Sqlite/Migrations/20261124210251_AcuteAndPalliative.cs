using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AcuteAndPalliative : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AcuteContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CalledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NurseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RespirationRate = table.Column<int>(type: "INTEGER", nullable: true),
                    SpO2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AirOrOxygen = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SystolicBloodPressure = table.Column<int>(type: "INTEGER", nullable: true),
                    Pulse = table.Column<int>(type: "INTEGER", nullable: true),
                    Consciousness = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Temperature = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    News2Total = table.Column<int>(type: "INTEGER", nullable: true),
                    News2Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionSupportTool = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionSupportResult = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ExclusionSymptoms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PatientWishes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponderKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ResponderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponderPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TelephonePromiseMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    OnSitePromiseMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    DoctorAnswered = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VisitDecided = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoctorArrived = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UnplannedVisitOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LaterVisitReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcuteContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcuteContacts_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AcuteContacts_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BreakpointConversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoctorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreakpointConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreakpointConversations_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareCertificateRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NurseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DoctorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CertificateWritten = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareCertificateRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareCertificateRequests_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Strategy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Cpr = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContinuedMedication = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SafetyMedication = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MeasuresAtInfection = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MeasuresAtReducedIntake = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoctorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlans_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeathDelegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoctorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NurseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidThrough = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeathDelegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeathDelegations_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeathTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CareCentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RoutedToUnitsCareCentre = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeathTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeathTasks_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeathTasks_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EndOfLifeDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoctorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NurseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndOfLifeDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EndOfLifeDecisions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyMedications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Medications = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenewedByContactId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyMedications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyMedications_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deaths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsExpected = table.Column<bool>(type: "INTEGER", nullable: false),
                    IdentityUnknown = table.Column<bool>(type: "INTEGER", nullable: false),
                    NurseExaminedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExaminingNurse = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EstablishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EstablishedByDoctor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EstablishedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EstablishingCareCentreId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deaths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deaths_DeathDelegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "DeathDelegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deaths_Organisations_EstablishingCareCentreId",
                        column: x => x.EstablishingCareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deaths_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyMedicationContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoctorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyMedicationContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyMedicationContacts_SafetyMedications_OrderId",
                        column: x => x.OrderId,
                        principalTable: "SafetyMedications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AcuteContacts_CareUnitId_CalledAt",
                table: "AcuteContacts",
                columns: new[] { "CareUnitId", "CalledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AcuteContacts_PatientId_CalledAt",
                table: "AcuteContacts",
                columns: new[] { "PatientId", "CalledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BreakpointConversations_PatientId",
                table: "BreakpointConversations",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CareCertificateRequests_PatientId",
                table: "CareCertificateRequests",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_PatientId",
                table: "CarePlans",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_DeathDelegations_PatientId",
                table: "DeathDelegations",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Deaths_DelegationId",
                table: "Deaths",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_Deaths_EstablishingCareCentreId",
                table: "Deaths",
                column: "EstablishingCareCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Deaths_PatientId",
                table: "Deaths",
                column: "PatientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeathTasks_CareCentreId_DueOn",
                table: "DeathTasks",
                columns: new[] { "CareCentreId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeathTasks_PatientId",
                table: "DeathTasks",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_EndOfLifeDecisions_PatientId",
                table: "EndOfLifeDecisions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMedicationContacts_OrderId",
                table: "SafetyMedicationContacts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMedicationContacts_PatientId",
                table: "SafetyMedicationContacts",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMedications_PatientId",
                table: "SafetyMedications",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AcuteContacts");

            migrationBuilder.DropTable(
                name: "BreakpointConversations");

            migrationBuilder.DropTable(
                name: "CareCertificateRequests");

            migrationBuilder.DropTable(
                name: "CarePlans");

            migrationBuilder.DropTable(
                name: "Deaths");

            migrationBuilder.DropTable(
                name: "DeathTasks");

            migrationBuilder.DropTable(
                name: "EndOfLifeDecisions");

            migrationBuilder.DropTable(
                name: "SafetyMedicationContacts");

            migrationBuilder.DropTable(
                name: "DeathDelegations");

            migrationBuilder.DropTable(
                name: "SafetyMedications");
        }
    }
}
