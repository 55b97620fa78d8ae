using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignInSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patientPortalSignInSession",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Ticket = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patientPortalSignInSession", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalSignInSession_ExpiresAt",
                table: "patientPortalSignInSession",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_patientPortalSignInSession_PatientId",
                table: "patientPortalSignInSession",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patientPortalSignInSession");
        }
    }
}
