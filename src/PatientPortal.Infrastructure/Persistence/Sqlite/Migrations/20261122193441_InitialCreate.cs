using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patientPortalChargeband",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OnlineBookingEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OnlineBookingEnabledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HasOnlineSettings = table.Column<bool>(type: "INTEGER", nullable: false),
                    InviteCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InviteCodeNormalized = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InviteCodeValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InviteCodeValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InviteCodeUsageCap = table.Column<int>(type: "INTEGER", nullable: true),
                    InviteCodeSignUpCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowOnlineMessaging = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BillingRules = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalChargeband", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalRateLimitWindow",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalRateLimitWindow", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalService",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BookableOnline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalService", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalPatient",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyNameKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ChargebandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmailConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SmsConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrimaryAccountHolderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccountStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PrivacyPolicyVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PrivacyPolicyAcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountOrigin = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SignUpInviteCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AccountActivatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalPatient", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalPatient_patientPortalChargeband_ChargebandId",
                        column: x => x.ChargebandId,
                        principalTable: "patientPortalChargeband",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_patientPortalPatient_patientPortalPatient_PrimaryAccountHolderId",
                        column: x => x.PrimaryAccountHolderId,
                        principalTable: "patientPortalPatient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalAccountToken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsumedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalAccountToken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalAccountToken_patientPortalPatient_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patientPortalPatient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patientPortalAppointment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    VideoConsultation = table.Column<bool>(type: "INTEGER", nullable: false),
                    BookedOffline = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaymentMandatory = table.Column<bool>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalAppointment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patientPortalAppointment_patientPortalPatient_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patientPortalPatient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_patientPortalAppointment_patientPortalService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "patientPortalService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAccountToken_PatientId",
                table: "patientPortalAccountToken",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAccountToken_TokenHash",
                table: "patientPortalAccountToken",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAppointment_PatientId",
                table: "patientPortalAppointment",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAppointment_ServiceId",
                table: "patientPortalAppointment",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalAppointment_Start",
                table: "patientPortalAppointment",
                column: "Start");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalChargeband_InviteCodeNormalized",
                table: "patientPortalChargeband",
                column: "InviteCodeNormalized",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalPatient_ChargebandId",
                table: "patientPortalPatient",
                column: "ChargebandId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalPatient_EmailKey",
                table: "patientPortalPatient",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalPatient_FamilyNameKey_DateOfBirth",
                table: "patientPortalPatient",
                columns: new[] { "FamilyNameKey", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalPatient_Mobile",
                table: "patientPortalPatient",
                column: "Mobile");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalPatient_PrimaryAccountHolderId",
                table: "patientPortalPatient",
                column: "PrimaryAccountHolderId");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalRateLimitWindow_ExpiresAt",
                table: "patientPortalRateLimitWindow",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patientPortalAccountToken");

            migrationBuilder.DropTable(
                name: "patientPortalAppointment");

            migrationBuilder.DropTable(
                name: "patientPortalRateLimitWindow");

            migrationBuilder.DropTable(
                name: "patientPortalPatient");

            migrationBuilder.DropTable(
                name: "patientPortalService");

            migrationBuilder.DropTable(
                name: "patientPortalChargeband");
        }
    }
}
