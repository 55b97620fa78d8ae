using Microsoft.Extensions.Configuration;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Umbraco.Tests;

public class UmbracoDatabaseDefaultsTests
{
    private const string UmbracoSqlite = "Data Source=|DataDirectory|/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True";
    private const string UmbracoSqlServer = "Server=db;Database=Umbraco;User Id=umbraco;Password=secret;TrustServerCertificate=True";

    [Fact]
    public void An_umbraco_sqlite_database_becomes_the_sqlite_provider_with_the_same_connection_string()
    {
        var configuration = Configuration(("ConnectionStrings:umbracoDbDSN", UmbracoSqlite), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"));

        var database = UmbracoDatabaseDefaults.Resolve(configuration);

        Assert.Equal((DatabaseProvider.Sqlite, UmbracoSqlite), database);
    }

    [Fact]
    public void An_umbraco_sql_server_database_becomes_the_sql_server_provider_with_the_same_connection_string()
    {
        var configuration = Configuration(("ConnectionStrings:umbracoDbDSN", UmbracoSqlServer), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.SqlClient"));

        var database = UmbracoDatabaseDefaults.Resolve(configuration);

        Assert.Equal((DatabaseProvider.SqlServer, UmbracoSqlServer), database);
    }

    [Fact]
    public void A_missing_provider_name_means_sql_server_as_it_does_to_umbraco()
    {
        var configuration = Configuration(("ConnectionStrings:umbracoDbDSN", UmbracoSqlServer));

        var database = UmbracoDatabaseDefaults.Resolve(configuration);

        Assert.Equal((DatabaseProvider.SqlServer, UmbracoSqlServer), database);
    }

    [Fact]
    public void An_explicit_patient_portal_connection_string_wins_over_the_umbraco_database()
    {
        var configuration = Configuration(
            ("ConnectionStrings:umbracoDbDSN", UmbracoSqlite),
            ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"),
            ("ConnectionStrings:PatientPortal", "Data Source=portal.db"));

        Assert.Null(UmbracoDatabaseDefaults.Resolve(configuration));
    }

    [Fact]
    public void An_explicit_patient_portal_database_setting_wins_over_the_umbraco_database()
    {
        var configuration = Configuration(
            ("ConnectionStrings:umbracoDbDSN", UmbracoSqlite),
            ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"),
            ("PatientPortal:Database:ConnectionString", "Data Source=portal.db"));

        Assert.Null(UmbracoDatabaseDefaults.Resolve(configuration));
    }

    [Fact]
    public void Without_an_umbraco_connection_string_there_is_no_default()
    {
        var configuration = Configuration(("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"));

        Assert.Null(UmbracoDatabaseDefaults.Resolve(configuration));
    }

    [Fact]
    public void An_umbraco_provider_without_patient_portal_migrations_gives_no_default()
    {
        var configuration = Configuration(("ConnectionStrings:umbracoDbDSN", "Host=db;Database=umbraco"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Npgsql"));

        Assert.Null(UmbracoDatabaseDefaults.Resolve(configuration));
    }

    [Fact]
    public void The_data_directory_is_umbraco_Data_under_the_content_root_not_App_Data()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "site");

        var dataDirectory = UmbracoDatabaseDefaults.DataDirectoryUnder(contentRoot);

        Assert.Equal(Path.Combine(contentRoot, "umbraco", "Data"), dataDirectory);
    }

    [Fact]
    public void The_data_directory_placeholder_is_replaced_in_the_connection_string()
    {
        var connectionString = UmbracoDatabaseDefaults.ExpandDataDirectory(UmbracoSqlite, "/srv/site/umbraco/Data");

        Assert.Equal("Data Source=/srv/site/umbraco/Data/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True", connectionString);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
