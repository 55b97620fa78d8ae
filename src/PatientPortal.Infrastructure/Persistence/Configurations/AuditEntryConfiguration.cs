using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Audit;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("patientPortalAuditLog");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedOnAdd();
        builder.Property(entry => entry.Actor).HasMaxLength(200).IsRequired();
        builder.Property(entry => entry.Action).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.SubjectType).HasMaxLength(50);
        builder.Property(entry => entry.Details).HasMaxLength(2000);
        builder.HasIndex(entry => new { entry.SubjectType, entry.SubjectId });
        builder.HasIndex(entry => entry.At);
    }
}
