using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Narplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AcuteContactTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TriggersMet",
                table: "AcuteContacts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // contacts saved before this column had no ticked lines
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TriggersMet",
                table: "AcuteContacts");
        }
    }
}
