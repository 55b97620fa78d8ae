using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Infrastructure.RateLimiting;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.ToTable("patientPortalRateLimitWindow");
        builder.HasKey(window => window.Key);
        builder.Property(window => window.Key).HasMaxLength(RateLimitWindow.MaximumKeyLength);
        builder.HasIndex(window => window.ExpiresAt);
    }
}
