using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Members;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("patientPortalMember");
        builder.HasKey(member => member.Id);
        builder.Property(member => member.Id).ValueGeneratedNever();
        builder.Property(member => member.ExternalId).HasMaxLength(100).IsRequired();
        builder.Property(member => member.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(member => member.ExternalId).IsUnique();
        builder.HasOne<MemberPortal>().WithMany().HasForeignKey(member => member.MemberPortalId).OnDelete(DeleteBehavior.SetNull);
    }
}
