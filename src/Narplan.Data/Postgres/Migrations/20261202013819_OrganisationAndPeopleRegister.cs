using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationAndPeopleRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Preschools",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EmployedFrom",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EmployedUntil",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HsaId",
                table: "People",
                type: "character varying(31)",
                maxLength: 31,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "People",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Organisations",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Organisations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HsaId",
                table: "Organisations",
                type: "character varying(31)",
                maxLength: 31,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "CareUnits",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "CareUnits",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_HsaId",
                table: "People",
                column: "HsaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Code",
                table: "Organisations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_HsaId",
                table: "Organisations",
                column: "HsaId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_HsaId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Code",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_HsaId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Preschools");

            migrationBuilder.DropColumn(
                name: "EmployedFrom",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EmployedUntil",
                table: "People");

            migrationBuilder.DropColumn(
                name: "HsaId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "HsaId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "CareUnits");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "CareUnits");
        }
    }
}
