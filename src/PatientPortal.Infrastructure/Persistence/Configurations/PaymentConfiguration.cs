using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Payments;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("patientPortalPayment");
        builder.HasKey(payment => payment.Id);
        builder.Property(payment => payment.Id).ValueGeneratedNever();
        builder.Property(payment => payment.Provider).HasMaxLength(40);
        builder.Property(payment => payment.ProviderReference).HasMaxLength(255);
        builder.Property(payment => payment.Currency).HasMaxLength(3);
        builder.Property(payment => payment.Amount).HasPrecision(18, 2);
        builder.Property(payment => payment.AmountDue).HasPrecision(18, 2);
        builder.Property(payment => payment.Outcome).HasConversion<string>().HasMaxLength(30);
        // No foreign keys: a payment for an appointment we do not know (or one deleted since) is still money taken.
        // The unique reference is what makes a repeated notice change nothing, even two at once.
        builder.HasIndex(payment => new { payment.Provider, payment.ProviderReference }).IsUnique();
        builder.HasIndex(payment => payment.ReceivedAt);
        builder.HasIndex(payment => payment.AppointmentId);
    }
}
