using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.SignIn.Throttling;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class FailedSignInsConfiguration : IEntityTypeConfiguration<FailedSignIns>
{
    public void Configure(EntityTypeBuilder<FailedSignIns> builder)
    {
        builder.ToTable("patientPortalFailedSignIn");
        builder.HasKey(failures => failures.Key);
        builder.Property(failures => failures.Key).HasMaxLength(FailedSignIns.MaximumKeyLength);
    }
}
