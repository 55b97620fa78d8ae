using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Practice");

            migrationBuilder.CreateTable(
                name: "patientPortalFailedSignIn",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailureAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
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
