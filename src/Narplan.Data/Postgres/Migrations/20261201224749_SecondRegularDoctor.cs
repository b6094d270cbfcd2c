using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SecondRegularDoctor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SecondRegularDoctorId",
                table: "UnitResponsibilities",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitResponsibilities_SecondRegularDoctorId",
                table: "UnitResponsibilities",
                column: "SecondRegularDoctorId");

            migrationBuilder.AddForeignKey(
                name: "FK_UnitResponsibilities_People_SecondRegularDoctorId",
                table: "UnitResponsibilities",
                column: "SecondRegularDoctorId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_UnitResponsibilities_People_SecondRegularDoctorId",
                table: "UnitResponsibilities");

            migrationBuilder.DropIndex(
                name: "IX_UnitResponsibilities_SecondRegularDoctorId",
                table: "UnitResponsibilities");

            migrationBuilder.DropColumn(
                name: "SecondRegularDoctorId",
                table: "UnitResponsibilities");
        }
    }
}
