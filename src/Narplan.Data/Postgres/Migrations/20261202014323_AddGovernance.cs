using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubRegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstTermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstTermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeMonths = table.Column<int>(type: "integer", nullable: false),
                    ExtensionYears = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Organisations_SubRegionId",
                        column: x => x.SubRegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GovernanceBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubRegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ParentBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Deliverables = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AssignmentStart = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignmentEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    UserParticipation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GovernanceBodies_GovernanceBodies_ParentBodyId",
                        column: x => x.ParentBodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GovernanceBodies_Organisations_SubRegionId",
                        column: x => x.SubRegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PopulationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubRegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Invented = table.Column<bool>(type: "boolean", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopulationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PopulationVersions_Organisations_SubRegionId",
                        column: x => x.SubRegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementNotices_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BodyMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Seat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HasVote = table.Column<bool>(type: "boolean", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_GovernanceBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChairTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstYear = table.Column<int>(type: "integer", nullable: false),
                    LastYear = table.Column<int>(type: "integer", nullable: false),
                    ChairName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChairSide = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ViceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ViceSide = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChairTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChairTerms_GovernanceBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubRegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Held = table.Column<bool>(type: "boolean", nullable: false),
                    Theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedByBodyId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceDecisions_GovernanceBodies_DecidedByBodyId",
                        column: x => x.DecidedByBodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConferenceDecisions_Organisations_SubRegionId",
                        column: x => x.SubRegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GovernanceMatters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubRegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedByBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssignedBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceMatters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GovernanceMatters_GovernanceBodies_AssignedBodyId",
                        column: x => x.AssignedBodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GovernanceMatters_GovernanceBodies_RaisedByBodyId",
                        column: x => x.RaisedByBodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GovernanceMatters_Organisations_SubRegionId",
                        column: x => x.SubRegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GovernanceMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Start = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    End = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agenda = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    MinutesKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    MinutesPublished = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GovernanceMeetings_GovernanceBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostSplitBudgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubRegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PopulationVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TotalKronor = table.Column<long>(type: "bigint", nullable: false),
                    RegionKronor = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostSplitBudgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostSplitBudgets_Organisations_SubRegionId",
                        column: x => x.SubRegionId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CostSplitBudgets_PopulationVersions_PopulationVersionId",
                        column: x => x.PopulationVersionId,
                        principalTable: "PopulationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PopulationRow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopulationRow", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PopulationRow_PopulationVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PopulationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatterSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatterSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatterSteps_GovernanceBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatterSteps_GovernanceMatters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "GovernanceMatters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostSplitPart",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: false),
                    Kronor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostSplitPart", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostSplitPart_CostSplitBudgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "CostSplitBudgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementNotices_AgreementId",
                table: "AgreementNotices",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SubRegionId",
                table: "Agreements",
                column: "SubRegionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_BodyId_From",
                table: "BodyMemberships",
                columns: new[] { "BodyId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ChairTerms_BodyId_FirstYear",
                table: "ChairTerms",
                columns: new[] { "BodyId", "FirstYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceDecisions_DecidedByBodyId",
                table: "ConferenceDecisions",
                column: "DecidedByBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceDecisions_SubRegionId_Year",
                table: "ConferenceDecisions",
                columns: new[] { "SubRegionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostSplitBudgets_PopulationVersionId",
                table: "CostSplitBudgets",
                column: "PopulationVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CostSplitBudgets_SubRegionId_Year",
                table: "CostSplitBudgets",
                columns: new[] { "SubRegionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostSplitPart_BudgetId_KommunCode",
                table: "CostSplitPart",
                columns: new[] { "BudgetId", "KommunCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceBodies_ParentBodyId",
                table: "GovernanceBodies",
                column: "ParentBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceBodies_SubRegionId_Kind",
                table: "GovernanceBodies",
                columns: new[] { "SubRegionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceMatters_AssignedBodyId",
                table: "GovernanceMatters",
                column: "AssignedBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceMatters_RaisedByBodyId",
                table: "GovernanceMatters",
                column: "RaisedByBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceMatters_SubRegionId",
                table: "GovernanceMatters",
                column: "SubRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceMeetings_BodyId_Start",
                table: "GovernanceMeetings",
                columns: new[] { "BodyId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_MatterSteps_BodyId",
                table: "MatterSteps",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_MatterSteps_MatterId_Number",
                table: "MatterSteps",
                columns: new[] { "MatterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PopulationRow_VersionId_KommunCode",
                table: "PopulationRow",
                columns: new[] { "VersionId", "KommunCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PopulationVersions_SubRegionId_ReferenceDate",
                table: "PopulationVersions",
                columns: new[] { "SubRegionId", "ReferenceDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementNotices");

            migrationBuilder.DropTable(
                name: "BodyMemberships");

            migrationBuilder.DropTable(
                name: "ChairTerms");

            migrationBuilder.DropTable(
                name: "ConferenceDecisions");

            migrationBuilder.DropTable(
                name: "CostSplitPart");

            migrationBuilder.DropTable(
                name: "GovernanceMeetings");

            migrationBuilder.DropTable(
                name: "MatterSteps");

            migrationBuilder.DropTable(
                name: "PopulationRow");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "CostSplitBudgets");

            migrationBuilder.DropTable(
                name: "GovernanceMatters");

            migrationBuilder.DropTable(
                name: "PopulationVersions");

            migrationBuilder.DropTable(
                name: "GovernanceBodies");
        }
    }
}
