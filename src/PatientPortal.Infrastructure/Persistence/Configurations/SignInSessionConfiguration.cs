using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.SignIn.Sessions;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("patientPortalSignInSession");
        builder.HasKey(session => session.Key);
        builder.Property(session => session.Key).HasMaxLength(SignInSession.MaximumKeyLength);
        builder.Property(session => session.Scheme).HasMaxLength(SignInSession.MaximumSchemeLength);
        builder.Property(session => session.Subject).HasMaxLength(SignInSession.MaximumSubjectLength);
        builder.HasIndex(session => session.PatientId);
        builder.HasIndex(session => session.ExpiresAt);
    }
}
