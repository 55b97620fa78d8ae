using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Invitations.Bulk;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class InvitationBatchConfiguration : IEntityTypeConfiguration<InvitationBatch>
{
    public void Configure(EntityTypeBuilder<InvitationBatch> builder)
    {
        builder.ToTable("patientPortalInvitationBatch");
        builder.HasKey(batch => batch.Id);
        builder.Property(batch => batch.Id).ValueGeneratedNever();
        builder.Property(batch => batch.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(batch => batch.Selection).HasMaxLength(500).IsRequired();
        builder.Property(batch => batch.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(batch => new { batch.Status, batch.LeaseUntil });
    }
}
