using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Templates;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class MessageTemplateVersionConfiguration : IEntityTypeConfiguration<MessageTemplateVersion>
{
    public void Configure(EntityTypeBuilder<MessageTemplateVersion> builder)
    {
        builder.ToTable("patientPortalMessageTemplateVersion");
        builder.HasKey(version => version.Id);
        builder.Property(version => version.Id).ValueGeneratedNever();
        builder.Property(version => version.Subject).HasMaxLength(500);
        builder.Property(version => version.Body).IsRequired();
        builder.Property(version => version.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(version => version.Note).HasMaxLength(200);
        builder.HasIndex(version => new { version.TemplateId, version.Version }).IsUnique();
        builder.HasOne<MessageTemplate>().WithMany().HasForeignKey(version => version.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}
