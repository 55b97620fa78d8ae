using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FunnelIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_InvitationId_Status_Channel",
                table: "patientPortalOutboxMessage",
                columns: new[] { "InvitationId", "Status", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalInvitation_CreatedAt",
                table: "patientPortalInvitation",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_InvitationId_Status_Channel",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalInvitation_CreatedAt",
                table: "patientPortalInvitation");
        }
    }
}
