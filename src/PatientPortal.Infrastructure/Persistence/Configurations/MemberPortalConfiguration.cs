using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Members;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class MemberPortalConfiguration : IEntityTypeConfiguration<MemberPortal>
{
    public void Configure(EntityTypeBuilder<MemberPortal> builder)
    {
        builder.ToTable("patientPortalMemberPortal");
        builder.HasKey(portal => portal.Id);
        builder.Property(portal => portal.Id).ValueGeneratedNever();
        builder.Property(portal => portal.ExternalId).HasMaxLength(100).IsRequired();
        builder.Property(portal => portal.Name).HasMaxLength(200).IsRequired();
        builder.Property(portal => portal.BaseUrl).HasMaxLength(500).IsRequired();
        builder.HasIndex(portal => portal.ExternalId).IsUnique();
    }
}
