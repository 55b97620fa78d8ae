using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Members;
using PatientPortal.Core.Patients;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("patientPortalAppointment");
        builder.HasKey(appointment => appointment.Id);
        builder.Property(appointment => appointment.Id).ValueGeneratedNever();
        builder.Property(appointment => appointment.Amount).HasPrecision(18, 2);
        builder.HasOne<Patient>().WithMany().HasForeignKey(appointment => appointment.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Service>().WithMany().HasForeignKey(appointment => appointment.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(appointment => appointment.MemberId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(appointment => appointment.ExternalId).HasMaxLength(100);
        builder.Ignore(appointment => appointment.NeedsPaymentInAdvance);
        builder.HasIndex(appointment => appointment.ExternalId).IsUnique();
        builder.HasIndex(appointment => appointment.Start);
        builder.HasIndex(appointment => appointment.PatientId);
    }
}
