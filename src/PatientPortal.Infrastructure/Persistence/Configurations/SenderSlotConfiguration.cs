using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Infrastructure.RateLimiting;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class SenderSlotConfiguration : IEntityTypeConfiguration<SenderSlot>
{
    public void Configure(EntityTypeBuilder<SenderSlot> builder)
    {
        builder.ToTable("patientPortalSenderSlot");
        // One row per sender: two servers sending their first text at once cannot both add one.
        builder.HasKey(slot => slot.Sender);
        builder.Property(slot => slot.Sender).HasMaxLength(SenderSlot.MaximumSenderLength).ValueGeneratedNever();
        // UTC ticks, exact on both providers (SQLite's usual form keeps a millisecond): the compare-and-set matches
        // the value read, and a time cut short would let the next send start early.
        builder.Property(slot => slot.NextFreeAt).HasConversion(time => time.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
    }
}
