using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Email;
using PatientPortal.Infrastructure.Hosting;
using PatientPortal.Infrastructure.Jobs;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Messaging.Sms;
using PatientPortal.Infrastructure.Payments;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Persistence.Repositories;
using PatientPortal.Infrastructure.RateLimiting;
using PatientPortal.Infrastructure.Security;
using PatientPortal.Infrastructure.Templates;

namespace PatientPortal.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Database, email, SMS, background jobs and password storage. Called by <c>AddPatientPortal</c>; hosts do not call it directly.</summary>
    public static IServiceCollection AddPatientPortalInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("PatientPortal");

        services.AddOptions<DatabaseOptions>()
            .Bind(section.GetSection("Database"))
            .Configure<IHostEnvironment>((options, environment) =>
            {
                if (configuration.GetConnectionString("PatientPortal") is { Length: > 0 } connectionString)
                {
                    options.ConnectionString = connectionString;
                }

                options.ConnectionString = options.ConnectionString.Replace("|DataDirectory|", Path.Combine(environment.ContentRootPath, "App_Data"), StringComparison.OrdinalIgnoreCase);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<EmailOptions>()
            .Bind(section.GetSection("Email"))
            .Configure<IHostEnvironment>((options, environment) =>
                options.PickupDirectoryLocation = Path.Combine(environment.ContentRootPath, options.PickupDirectoryLocation))
            .Configure<IOptions<PracticeOptions>>((options, practice) =>
            {
                if (string.IsNullOrWhiteSpace(options.ReplyTo))
                {
                    options.ReplyTo = practice.Value.Contact.Email;
                }
            })
            .Validate(options => options.DeliveryMethod != EmailDeliveryMethod.Network || !string.IsNullOrWhiteSpace(options.Host), "PatientPortal:Email:Host is required when DeliveryMethod is Network.")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One context per request scope, of the configured provider (which decides the migrations too).
        services.TryAddScoped(provider => PatientPortalDbContextFactory.Create(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.TryAddScoped<IUnitOfWork, EfUnitOfWork>();
        // One per scope, shared by the unit of work and the outbox repository: what they wrote waits here for the commit.
        services.TryAddScoped<OutboxHandOff>();
        services.TryAddScoped<IChargebandRepository, ChargebandRepository>();
        services.TryAddScoped<IPatientRepository, PatientRepository>();
        services.TryAddScoped<IAccountTokenRepository, AccountTokenRepository>();
        services.TryAddScoped<IInvitationRepository, InvitationRepository>();
        services.TryAddScoped<IInvitationFunnelSource, InvitationFunnelSource>();
        services.TryAddScoped<IInvitationBatchRepository, InvitationBatchRepository>();
        services.TryAddScoped<IOutboxRepository, OutboxRepository>();
        services.TryAddScoped<IChannelOutageRepository, ChannelOutageRepository>();
        services.TryAddScoped<IDeliveryActivity, OutboxDeliveryActivity>();
        services.TryAddScoped<AuditActorKeys>();
        services.TryAddScoped<IAuditLog, AuditLog>();
        services.TryAddScoped<ISignInSessionRepository, SignInSessionRepository>();
        services.TryAddSingleton<TemplateSnapshot>();
        services.TryAddScoped<IMessageSubjects, MessageSubjects>();
        services.TryAddScoped<IMessageTemplateStore, MessageTemplateStore>();
        services.TryAddScoped<IImportStore, ImportStore>();
        services.TryAddScoped<IPortalQueries, PortalQueries>();
        services.TryAddScoped<IMessageTemplateRepository, MessageTemplateRepository>();
        services.TryAddScoped<OutboxClaims>();
        services.TryAddScoped<EarlierSmsAttempts>();
        services.TryAddScoped<DispatchSteps>();
        services.TryAddScoped<EmailDispatch>();
        services.TryAddScoped<TextDispatch>();
        services.TryAddScoped<OutboxDispatcher>();
        services.TryAddScoped<OutboxSweep>();
        services.AddDataProtection();
        services.TryAddSingleton<ILinkTokenProtector, DataProtectionLinkTokenProtector>();
        services.AddTwilioSms(section.GetSection("Twilio"));
        services.AddStripePayments(section.GetSection("Stripe"));
        services.TryAddScoped<IPaymentRepository, PaymentRepository>();
        services.TryAddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddHostedService<EmailSettingsLog>();
        services.TryAddSingleton<PasswordHashingWorkers>();
        services.TryAddSingleton<IPatientPasswordHasher, IdentityPasswordHasher>();
        services.TryAddSingleton<ICommonPasswords, EmbeddedCommonPasswords>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GroupedCounterWrites>();
        services.TryAddSingleton<IRateLimitCounters, DatabaseRateLimitCounters>();
        services.TryAddSingleton<IFailedSignInStore, DatabaseFailedSignInStore>();
        services.TryAddSingleton<ISelfServiceMessageGate, SelfServiceMessageGate>();
        services.TryAddSingleton<IHostReadiness, AlwaysReady>();
        services.AddHostedService<MigrateDatabaseOnStartup>();
        // After the migration: hosted services start in order, and the job server's first sweep reads the outbox.
        services.AddPatientPortalJobs(section.GetSection("Jobs"));
        services.AddHostedService<ExpiredRecordsSweeper>();
        return services;
    }
}
