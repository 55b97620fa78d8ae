using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Invitations.Bulk;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class InvitationBatchItemConfiguration : IEntityTypeConfiguration<InvitationBatchItem>
{
    public void Configure(EntityTypeBuilder<InvitationBatchItem> builder)
    {
        builder.ToTable("patientPortalInvitationBatchItem");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Id).ValueGeneratedOnAdd();
        builder.Property(item => item.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(item => new { item.BatchId, item.Outcome });
        builder.HasIndex(item => new { item.BatchId, item.PatientId }).IsUnique();
        builder.HasOne<InvitationBatch>().WithMany().HasForeignKey(item => item.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
