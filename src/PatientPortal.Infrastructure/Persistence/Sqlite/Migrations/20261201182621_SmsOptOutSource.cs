using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SmsOptOutSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SmsOptOutKeyword",
                table: "patientPortalPatient",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SmsOptOutSource",
                table: "patientPortalPatient",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            // Until now Twilio's error 21610 was the only way a number opted out.
            migrationBuilder.Sql("UPDATE patientPortalPatient SET SmsOptOutSource = 'ProviderRefusal' WHERE SmsOptedOutAt IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SmsOptOutKeyword",
                table: "patientPortalPatient");

            migrationBuilder.DropColumn(
                name: "SmsOptOutSource",
                table: "patientPortalPatient");
        }
    }
}
