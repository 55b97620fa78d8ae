using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Messaging.Health;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class ChannelOutageConfiguration : IEntityTypeConfiguration<ChannelOutage>
{
    public void Configure(EntityTypeBuilder<ChannelOutage> builder)
    {
        builder.ToTable("patientPortalChannelOutage");
        // One row per channel: two workers opening the first outage at once cannot both add one.
        builder.HasKey(outage => outage.Channel);
        builder.Property(outage => outage.Channel).HasConversion<string>().HasMaxLength(10).ValueGeneratedNever();
        builder.Property(outage => outage.AlertedThrough).HasConversion<string>().HasMaxLength(10);
        builder.Property(outage => outage.LastError).HasMaxLength(1000);
        builder.Property(outage => outage.Version).IsConcurrencyToken();
        builder.Ignore(outage => outage.IsOpen);
    }
}
