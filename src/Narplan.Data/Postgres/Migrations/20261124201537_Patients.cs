using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Patients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StoredIdentityNumber = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    IdentityKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HasConfidentialityMarking = table.Column<bool>(type: "boolean", nullable: false),
                    HasProtectedRegistration = table.Column<bool>(type: "boolean", nullable: false),
                    KommunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ListedCareCentreId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegularDoctorId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegularCareWorker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreviousAnnualReview = table.Column<DateOnly>(type: "date", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patients_CareUnits_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patients_Organisations_KommunId",
                        column: x => x.KommunId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patients_Organisations_ListedCareCentreId",
                        column: x => x.ListedCareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patients_People_RegularDoctorId",
                        column: x => x.RegularDoctorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListingOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListingOffers_Organisations_CareCentreId",
                        column: x => x.CareCentreId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ListingOffers_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatientCareContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientCareContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatientCareContacts_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PatientCareContacts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatientEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: true),
                    FromUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatientEvents_CareUnits_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatientEvents_CareUnits_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "CareUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatientEvents_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListingOffers_CareCentreId",
                table: "ListingOffers",
                column: "CareCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ListingOffers_PatientId",
                table: "ListingOffers",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientCareContacts_PatientId_PersonId",
                table: "PatientCareContacts",
                columns: new[] { "PatientId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PatientCareContacts_PersonId",
                table: "PatientCareContacts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientEvents_FromUnitId",
                table: "PatientEvents",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientEvents_PatientId_On",
                table: "PatientEvents",
                columns: new[] { "PatientId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_PatientEvents_ToUnitId",
                table: "PatientEvents",
                column: "ToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_CareUnitId",
                table: "Patients",
                column: "CareUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_KommunId_CareUnitId",
                table: "Patients",
                columns: new[] { "KommunId", "CareUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_ListedCareCentreId",
                table: "Patients",
                column: "ListedCareCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_RegularDoctorId",
                table: "Patients",
                column: "RegularDoctorId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_StoredIdentityNumber",
                table: "Patients",
                column: "StoredIdentityNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListingOffers");

            migrationBuilder.DropTable(
                name: "PatientCareContacts");

            migrationBuilder.DropTable(
                name: "PatientEvents");

            migrationBuilder.DropTable(
                name: "Patients");
        }
    }
}
