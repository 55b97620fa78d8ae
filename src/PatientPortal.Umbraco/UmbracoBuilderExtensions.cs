using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Email;
using PatientPortal.Infrastructure.Hosting;
using PatientPortal.Infrastructure.Jobs;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Umbraco.Email;
using PatientPortal.Umbraco.Hosting;
using PatientPortal.Umbraco.Jobs;
using PatientPortal.Umbraco.Permissions;
using PatientPortal.Web;
using PatientPortal.Web.Permissions;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace PatientPortal.Umbraco;

public static class UmbracoBuilderExtensions
{
    /// <summary>
    /// Wires PatientPortal into an Umbraco site. Unless the site names a PatientPortal database, the
    /// package shares the Umbraco database (its tables are prefixed <c>patientPortal</c>). Safe to call more than once.
    /// </summary>
    public static IUmbracoBuilder AddPatientPortal(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Config;
        builder.Services.AddPatientPortal(configuration);

        // The package's policies answered from the Umbraco user; the audit log names the Umbraco user.
        builder.Services.TryAddScoped<UmbracoUsers>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, UmbracoPermissionHandler>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IBackOfficeUsers, UmbracoBackOfficeUsers>());

        // Migrations and jobs only at runtime level Run: not during install, upgrade or after a boot failure.
        builder.Services.TryAddSingleton<UmbracoHostReadiness>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IHostReadiness>(provider => provider.GetRequiredService<UmbracoHostReadiness>()));
        if (!builder.Services.Any(descriptor => descriptor.ImplementationType == typeof(UmbracoStartedHandler)))
        {
            builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, UmbracoStartedHandler>();
        }

        // The jobs run where Umbraco runs its scheduled work (Single, SchedulingPublisher) unless Jobs:RunServer says otherwise.
        builder.Services.Replace(ServiceDescriptor.Singleton<IJobServerRole, UmbracoJobServerRole>());

        // Post-configure runs after the package's own binding, and reads configuration late so that
        // sources added after composition (test hosts, for one) still count. Repeating it is harmless.
        builder.Services.AddOptions<DatabaseOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
        {
            if (UmbracoDatabaseDefaults.Resolve(configuration) is not { } umbraco)
            {
                return;
            }

            options.Provider = umbraco.Provider;
            options.ConnectionString = UmbracoDatabaseDefaults.ExpandDataDirectory(umbraco.ConnectionString, UmbracoDataDirectory(environment));
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>>(new UmbracoDatabaseValidation(configuration)));

        // Email set up once: without SMTP settings of its own the package sends with the site's (Umbraco:CMS:Global:Smtp).
        builder.Services.AddOptions<EmailOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
        {
            if (UmbracoEmailDefaults.Resolve(configuration) is { } umbraco)
            {
                UmbracoEmailDefaults.Apply(umbraco, options, ownFrom: !string.IsNullOrWhiteSpace(configuration["PatientPortal:Email:From"]), environment.ContentRootPath);
            }
        });
        return builder;
    }

    // Umbraco records the folder it substitutes for |DataDirectory| on the AppDomain while it builds;
    // using the same value guarantees both read the same file.
    private static string UmbracoDataDirectory(IHostEnvironment environment) =>
        AppDomain.CurrentDomain.GetData(Constants.System.DataDirectoryName) is string { Length: > 0 } dataDirectory
            ? dataDirectory
            : UmbracoDatabaseDefaults.DataDirectoryUnder(environment.ContentRootPath);
}
