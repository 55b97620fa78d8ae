using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottleAndSelfServiceLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "patientPortalInvitation",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Practice");

            migrationBuilder.CreateTable(
                name: "patientPortalFailedSignIn",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "int", nullable: false),
                    LastFailureAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BlockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalFailedSignIn", x => x.Key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patientPortalFailedSignIn");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "patientPortalInvitation");
        }
    }
}
