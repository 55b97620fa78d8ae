using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class RecallConfiguration : IEntityTypeConfiguration<Recall>
{
    public void Configure(EntityTypeBuilder<Recall> builder)
    {
        builder.ToTable("patientPortalRecall");
        builder.HasKey(recall => recall.Id);
        builder.Property(recall => recall.Id).ValueGeneratedNever();
        builder.Property(recall => recall.ExternalId).HasMaxLength(100).IsRequired();
        builder.HasIndex(recall => recall.ExternalId).IsUnique();

        // The daily job looks for recalls not yet sent that are due.
        builder.HasIndex(recall => new { recall.NotifiedAt, recall.DueDate });
        builder.HasOne<Patient>().WithMany().HasForeignKey(recall => recall.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Service>().WithMany().HasForeignKey(recall => recall.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
