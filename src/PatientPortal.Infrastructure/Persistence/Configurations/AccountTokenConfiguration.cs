using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.ToTable("patientPortalAccountToken");
        builder.HasKey(token => token.Id);
        builder.Property(token => token.Id).ValueGeneratedNever();
        builder.Property(token => token.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(token => token.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(token => token.TokenHash).IsUnique();
        builder.Property(token => token.Email).HasMaxLength(EmailAddress.MaximumLength);
        builder.HasOne<Patient>().WithMany().HasForeignKey(token => token.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
