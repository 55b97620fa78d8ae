using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Chargebands;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class ChargebandConfiguration : IEntityTypeConfiguration<Chargeband>
{
    public void Configure(EntityTypeBuilder<Chargeband> builder)
    {
        builder.ToTable("patientPortalChargeband");
        builder.HasKey(chargeband => chargeband.Id);
        builder.Property(chargeband => chargeband.Id).ValueGeneratedNever();
        builder.Property(chargeband => chargeband.Name).HasMaxLength(Chargeband.MaximumNameLength).IsRequired();
        builder.Property(chargeband => chargeband.AccessMode).HasConversion<string>().HasMaxLength(40);
        builder.Property(chargeband => chargeband.InviteCode).HasMaxLength(InviteCode.MaximumLength);
        builder.Property(chargeband => chargeband.InviteCodeNormalized).HasMaxLength(InviteCode.MaximumLength);
        // Codes are unique across chargebands, compared without case (the normalised column is upper case).
        builder.HasIndex(chargeband => chargeband.InviteCodeNormalized).IsUnique();
        builder.Ignore(chargeband => chargeband.AllowsPatientSelfBook);
        builder.Ignore(chargeband => chargeband.InvitesPatientsAutomatically);

        builder.OwnsMany(chargeband => chargeband.BillingRules, rules =>
        {
            rules.ToJson("BillingRules");
            rules.Property(rule => rule.Type).HasConversion<string>();
        });
        builder.Navigation(chargeband => chargeband.BillingRules).HasField("_billingRules");
    }
}
