using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
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

            migrationBuilder.AddColumn<long>(
                name: "FailingSince",
                table: "patientPortalOutboxMessage",
                type: "INTEGER",
                nullable: true);

            // Messages retrying at the upgrade have failed at least once: their last try stands in for their first failure.
            migrationBuilder.Sql(@"UPDATE ""patientPortalOutboxMessage"" SET ""FailingSince"" = ""UpdatedAt"" WHERE ""LastError"" IS NOT NULL AND ""SentAt"" IS NULL AND ""Status"" IN ('Pending', 'Sending')");

            migrationBuilder.CreateTable(
                name: "patientPortalChannelOutage",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AlertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AlertedThrough = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    RecoveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecoveryNoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
