using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_BatchId_Status",
                table: "patientPortalOutboxMessage");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FailingSince",
                table: "patientPortalOutboxMessage",
                type: "datetimeoffset",
                nullable: true);

            // Messages retrying at the upgrade have failed at least once: their last try stands in for their first failure.
            migrationBuilder.Sql(@"UPDATE [patientPortalOutboxMessage] SET [FailingSince] = [UpdatedAt] WHERE [LastError] IS NOT NULL AND [SentAt] IS NULL AND [Status] IN ('Pending', 'Sending')");

            migrationBuilder.CreateTable(
                name: "patientPortalChannelOutage",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AlertedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AlertedThrough = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    RecoveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RecoveryNoticeSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalChannelOutage", x => x.Channel);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_BatchId_Status_FailingSince",
                table: "patientPortalOutboxMessage",
                columns: new[] { "BatchId", "Status", "FailingSince" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_Channel_FailingSince",
                table: "patientPortalOutboxMessage",
                columns: new[] { "Channel", "FailingSince" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_Channel_SentAt",
                table: "patientPortalOutboxMessage",
                columns: new[] { "Channel", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_Channel_Status_FailingSince",
                table: "patientPortalOutboxMessage",
                columns: new[] { "Channel", "Status", "FailingSince" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patientPortalChannelOutage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_BatchId_Status_FailingSince",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_Channel_FailingSince",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_Channel_SentAt",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_Channel_Status_FailingSince",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropColumn(
                name: "FailingSince",
                table: "patientPortalOutboxMessage");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_BatchId_Status",
                table: "patientPortalOutboxMessage",
                columns: new[] { "BatchId", "Status" });
        }
    }
}
