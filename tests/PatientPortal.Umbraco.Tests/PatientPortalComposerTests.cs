using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PatientPortal.Core.SignUp;
using PatientPortal.Infrastructure.Jobs;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Umbraco.Jobs;
using PatientPortal.Umbraco.Permissions;
using PatientPortal.Umbraco.Tests.Support;
using PatientPortal.Web.OpenApi;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Umbraco.Tests;

/// <summary>Runs the composer against a real service collection (<see cref="ComposedSite"/>).</summary>
public class PatientPortalComposerTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "patient-portal-umbraco-site");

    [Fact]
    public void Composing_registers_patient_portal()
    {
        var services = Compose(("ConnectionStrings:umbracoDbDSN", "Data Source=|DataDirectory|/Umbraco.sqlite.db"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"));

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(SignUpService));
    }

    [Fact]
    public void Composing_answers_the_package_policies_from_the_umbraco_user()
    {
        var services = Compose();

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(IAuthorizationHandler) && descriptor.ImplementationType == typeof(UmbracoPermissionHandler));
        Assert.Equal(typeof(UmbracoBackOfficeUsers), Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IBackOfficeUsers)).ImplementationType);
    }

    [Fact]
    public void Composing_lets_the_umbraco_server_role_decide_where_the_jobs_run()
    {
        var services = Compose();

        Assert.Equal(typeof(UmbracoJobServerRole), Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IJobServerRole)).ImplementationType);
    }

    [Fact]
    public void Composing_registers_the_package_api_document_which_the_package_serves_itself()
    {
        var services = Compose();

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(IOpenApiDocumentProvider) && Equals(descriptor.ServiceKey, PatientPortalOpenApi.DocumentName));
    }

    [Fact]
    public void Composing_twice_registers_patient_portal_once()
    {
        var services = new ServiceCollection();
        var builder = ComposedSite.Builder(services, ComposedSite.Configuration());

        new PatientPortalComposer().Compose(builder);
        new PatientPortalComposer().Compose(builder);

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(SignUpService));
    }

    [Fact]
    public void The_database_defaults_to_the_umbraco_sqlite_file_under_umbraco_Data()
    {
        var services = Compose(("ConnectionStrings:umbracoDbDSN", "Data Source=|DataDirectory|/Umbraco.sqlite.db;Cache=Shared"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"));

        var database = DatabaseOptions(services);

        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.Equal($"Data Source={Path.Combine(ContentRoot, "umbraco", "Data")}/Umbraco.sqlite.db;Cache=Shared", database.ConnectionString);
    }

    [Fact]
    public void An_explicit_patient_portal_connection_string_is_left_alone()
    {
        var services = Compose(
            ("ConnectionStrings:umbracoDbDSN", "Server=db;Database=Umbraco"),
            ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.SqlClient"),
            ("ConnectionStrings:PatientPortal", "Data Source=portal.db"));

        var database = DatabaseOptions(services);

        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.Equal("Data Source=portal.db", database.ConnectionString);
    }

    [Fact]
    public void An_umbraco_database_provider_without_patient_portal_migrations_stops_start_up_with_a_clear_error()
    {
        var services = Compose(("ConnectionStrings:umbracoDbDSN", "Host=db;Database=umbraco"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Npgsql"));

        var refused = Assert.Throws<OptionsValidationException>(() => DatabaseOptions(services));

        Assert.Contains("umbracoDbDSN_ProviderName is 'Npgsql'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:PatientPortal", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_umbraco_provider_is_fine_when_patient_portal_has_a_database_of_its_own()
    {
        var services = Compose(
            ("ConnectionStrings:umbracoDbDSN", "Host=db;Database=umbraco"),
            ("ConnectionStrings:umbracoDbDSN_ProviderName", "Npgsql"),
            ("ConnectionStrings:PatientPortal", "Data Source=portal.db"));

        Assert.Equal("Data Source=portal.db", DatabaseOptions(services).ConnectionString);
    }

    private static ServiceCollection Compose(params (string Key, string Value)[] values)
    {
        return ComposedSite.Compose(ComposedSite.Configuration(values));
    }

    private static DatabaseOptions DatabaseOptions(ServiceCollection services)
    {
        services.AddSingleton<IHostEnvironment>(new SiteEnvironment(ContentRoot));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    }
}
