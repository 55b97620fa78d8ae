using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InvitationsOutboxAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SmsOptedOutAt",
                table: "patientPortalPatient",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "patientPortalAuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalAuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalInvitation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TargetPath = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PortalBaseUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FailedIdentityChecks = table.Column<int>(type: "int", nullable: false),
                    IdentityVerifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PendingPasswordHash = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalInvitation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalInvitation_patientPortalPatient_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patientPortalPatient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalInvitationBatch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Selection = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Processed = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalInvitationBatch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalOutboxMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    InvitationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Recipient = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    HtmlBody = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TextBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProtectedLinkToken = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SuppressionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    ProviderMessageId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalOutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalInvitationBatchItem",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalInvitationBatchItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalInvitationBatchItem_patientPortalInvitationBatch_BatchId",
                        column: x => x.BatchId,
                        principalTable: "patientPortalInvitationBatch",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAuditLog_At",
                table: "patientPortalAuditLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAuditLog_SubjectType_SubjectId",
                table: "patientPortalAuditLog",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalInvitation_PatientId_CreatedAt",
                table: "patientPortalInvitation",
                columns: new[] { "PatientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalInvitation_TokenHash",
                table: "patientPortalInvitation",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalInvitationBatch_Status_LeaseUntil",
                table: "patientPortalInvitationBatch",
                columns: new[] { "Status", "LeaseUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalInvitationBatchItem_BatchId_Outcome",
                table: "patientPortalInvitationBatchItem",
                columns: new[] { "BatchId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalInvitationBatchItem_BatchId_PatientId",
                table: "patientPortalInvitationBatchItem",
                columns: new[] { "BatchId", "PatientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_BatchId_Status",
                table: "patientPortalOutboxMessage",
                columns: new[] { "BatchId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_ClaimId",
                table: "patientPortalOutboxMessage",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_PatientId",
                table: "patientPortalOutboxMessage",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_ProviderMessageId",
                table: "patientPortalOutboxMessage",
                column: "ProviderMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_Status_NotBefore",
                table: "patientPortalOutboxMessage",
                columns: new[] { "Status", "NotBefore" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patientPortalAuditLog");

            migrationBuilder.DropTable(
                name: "patientPortalInvitation");

            migrationBuilder.DropTable(
                name: "patientPortalInvitationBatchItem");

            migrationBuilder.DropTable(
                name: "patientPortalOutboxMessage");

            migrationBuilder.DropTable(
                name: "patientPortalInvitationBatch");

            migrationBuilder.DropColumn(
                name: "SmsOptedOutAt",
                table: "patientPortalPatient");
        }
    }
}
