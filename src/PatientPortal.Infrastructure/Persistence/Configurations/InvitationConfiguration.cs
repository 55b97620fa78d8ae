using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("patientPortalInvitation");
        builder.HasKey(invitation => invitation.Id);
        builder.Property(invitation => invitation.Id).ValueGeneratedNever();
        builder.Property(invitation => invitation.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(invitation => invitation.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(invitation => invitation.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(invitation => invitation.TargetPath).HasMaxLength(500);
        builder.Property(invitation => invitation.PortalBaseUrl).HasMaxLength(500);
        builder.Property(invitation => invitation.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(invitation => invitation.PendingPasswordHash).HasMaxLength(200);
        builder.Ignore(invitation => invitation.IsIdentityVerified);
        builder.HasIndex(invitation => invitation.TokenHash).IsUnique();
        builder.HasIndex(invitation => new { invitation.PatientId, invitation.CreatedAt });
        // The dashboard's funnel reads a range of days.
        builder.HasIndex(invitation => invitation.CreatedAt);
        builder.HasOne<Patient>().WithMany().HasForeignKey(invitation => invitation.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
