using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TemplatesAndClinicalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "patientPortalService",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AppointmentId",
                table: "patientPortalOutboxMessage",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ComposeAtSend",
                table: "patientPortalOutboxMessage",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RecallId",
                table: "patientPortalOutboxMessage",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "patientPortalAppointment",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MemberId",
                table: "patientPortalAppointment",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentRequestedAt",
                table: "patientPortalAppointment",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "patientPortalMemberPortal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalMemberPortal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalMessageTemplate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalMessageTemplate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalRecall",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalRecall", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalRecall_patientPortalPatient_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patientPortalPatient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_patientPortalRecall_patientPortalService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "patientPortalService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MemberPortalId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalMember_patientPortalMemberPortal_MemberPortalId",
                        column: x => x.MemberPortalId,
                        principalTable: "patientPortalMemberPortal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalMessageTemplateVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalMessageTemplateVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalMessageTemplateVersion_patientPortalMessageTemplate_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "patientPortalMessageTemplate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalService_ExternalId",
                table: "patientPortalService",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_AppointmentId",
                table: "patientPortalOutboxMessage",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalOutboxMessage_RecallId",
                table: "patientPortalOutboxMessage",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAppointment_ExternalId",
                table: "patientPortalAppointment",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAppointment_MemberId",
                table: "patientPortalAppointment",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalMember_ExternalId",
                table: "patientPortalMember",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalMember_MemberPortalId",
                table: "patientPortalMember",
                column: "MemberPortalId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalMemberPortal_ExternalId",
                table: "patientPortalMemberPortal",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalMessageTemplate_Purpose_Channel",
                table: "patientPortalMessageTemplate",
                columns: new[] { "Purpose", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalMessageTemplateVersion_TemplateId_Version",
                table: "patientPortalMessageTemplateVersion",
                columns: new[] { "TemplateId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalRecall_ExternalId",
                table: "patientPortalRecall",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalRecall_NotifiedAt_DueDate",
                table: "patientPortalRecall",
                columns: new[] { "NotifiedAt", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalRecall_PatientId",
                table: "patientPortalRecall",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalRecall_ServiceId",
                table: "patientPortalRecall",
                column: "ServiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_patientPortalAppointment_patientPortalMember_MemberId",
                table: "patientPortalAppointment",
                column: "MemberId",
                principalTable: "patientPortalMember",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_patientPortalAppointment_patientPortalMember_MemberId",
                table: "patientPortalAppointment");

            migrationBuilder.DropTable(
                name: "patientPortalMember");

            migrationBuilder.DropTable(
                name: "patientPortalMessageTemplateVersion");

            migrationBuilder.DropTable(
                name: "patientPortalRecall");

            migrationBuilder.DropTable(
                name: "patientPortalMemberPortal");

            migrationBuilder.DropTable(
                name: "patientPortalMessageTemplate");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalService_ExternalId",
                table: "patientPortalService");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_AppointmentId",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalOutboxMessage_RecallId",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalAppointment_ExternalId",
                table: "patientPortalAppointment");

            migrationBuilder.DropIndex(
                name: "IX_patientPortalAppointment_MemberId",
                table: "patientPortalAppointment");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "patientPortalService");

            migrationBuilder.DropColumn(
                name: "AppointmentId",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropColumn(
                name: "ComposeAtSend",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropColumn(
                name: "RecallId",
                table: "patientPortalOutboxMessage");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "patientPortalAppointment");

            migrationBuilder.DropColumn(
                name: "MemberId",
                table: "patientPortalAppointment");

            migrationBuilder.DropColumn(
                name: "PaymentRequestedAt",
                table: "patientPortalAppointment");
        }
    }
}
