using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Members;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Recalls;
using PatientPortal.Core.Security;
using PatientPortal.Core.Templates;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>
/// The package's own tables (prefixed <c>patientPortal</c> so they sit beside Umbraco's in one database).
/// Each provider has a derived context that owns its migrations.
/// </summary>
public abstract class PatientPortalDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Chargeband> Chargebands => Set<Chargeband>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ChannelOutage> ChannelOutages => Set<ChannelOutage>();

    public DbSet<InvitationBatch> InvitationBatches => Set<InvitationBatch>();

    public DbSet<InvitationBatchItem> InvitationBatchItems => Set<InvitationBatchItem>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<MemberPortal> MemberPortals => Set<MemberPortal>();

    public DbSet<Recall> Recalls => Set<Recall>();

    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();

    public DbSet<MessageTemplateVersion> MessageTemplateVersions => Set<MessageTemplateVersion>();

    public DbSet<Payment> Payments => Set<Payment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PatientPortalDbContext).Assembly);
    }
}
