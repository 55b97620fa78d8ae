using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Templates;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("patientPortalMessageTemplate");
        builder.HasKey(template => template.Id);
        builder.Property(template => template.Id).ValueGeneratedNever();
        builder.Property(template => template.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(template => template.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(template => template.Subject).HasMaxLength(500);
        builder.Property(template => template.Body).IsRequired();
        builder.Property(template => template.UpdatedBy).HasMaxLength(200).IsRequired();

        // Two staff saving at once: the second save sees the version moved on instead of overwriting it.
        builder.Property(template => template.Version).IsConcurrencyToken();
        builder.HasIndex(template => new { template.Purpose, template.Channel }).IsUnique();
    }
}
