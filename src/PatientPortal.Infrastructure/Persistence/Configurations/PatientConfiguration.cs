using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("patientPortalPatient");
        builder.HasKey(patient => patient.Id);
        builder.Property(patient => patient.Id).ValueGeneratedNever();
        builder.Property(patient => patient.Title).HasMaxLength(PatientDetails.MaximumTitleLength);
        builder.Property(patient => patient.GivenName).HasMaxLength(PatientDetails.MaximumNameLength).IsRequired();
        builder.Property(patient => patient.FamilyName).HasMaxLength(PatientDetails.MaximumNameLength).IsRequired();
        builder.Property(patient => patient.FamilyNameKey).HasMaxLength(PatientDetails.MaximumNameLength).IsRequired();
        builder.Property(patient => patient.Email).HasMaxLength(EmailAddress.MaximumLength);
        builder.Property(patient => patient.EmailKey).HasMaxLength(EmailAddress.MaximumLength);
        builder.Property(patient => patient.PendingEmail).HasMaxLength(EmailAddress.MaximumLength);
        builder.Property(patient => patient.Mobile).HasMaxLength(16);
        builder.Property(patient => patient.SmsOptOutSource).HasConversion<string>().HasMaxLength(30);
        builder.Property(patient => patient.SmsOptOutKeyword).HasMaxLength(SmsKeywords.MaximumKeywordLength);
        builder.Ignore(patient => patient.DisplayName);

        // Contact details are never unique (families share them); these indexes serve the look-ups.
        builder.HasIndex(patient => new { patient.FamilyNameKey, patient.DateOfBirth });
        builder.HasIndex(patient => patient.EmailKey);
        builder.HasIndex(patient => patient.Mobile);

        builder.HasOne<Chargeband>().WithMany().HasForeignKey(patient => patient.ChargebandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(patient => patient.PrimaryAccountHolderId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(patient => patient.Account, account =>
        {
            account.Property(a => a.Status).HasColumnName("AccountStatus").HasConversion<string>().HasMaxLength(30);
            account.Property(a => a.PasswordHash).HasColumnName("PasswordHash").HasMaxLength(200);
            account.Property(a => a.PrivacyPolicyVersion).HasColumnName("PrivacyPolicyVersion").HasMaxLength(50);
            account.Property(a => a.PrivacyPolicyAcceptedAt).HasColumnName("PrivacyPolicyAcceptedAt");
            account.Property(a => a.Origin).HasColumnName("AccountOrigin").HasConversion<string>().HasMaxLength(30);
            account.Property(a => a.SignUpInviteCode).HasColumnName("SignUpInviteCode").HasMaxLength(InviteCode.MaximumLength);
            account.Property(a => a.ActivatedAt).HasColumnName("AccountActivatedAt");
        });
        builder.Navigation(patient => patient.Account).IsRequired();
    }
}
