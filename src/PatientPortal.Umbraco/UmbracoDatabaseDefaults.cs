using Microsoft.Extensions.Configuration;
using PatientPortal.Infrastructure.Persistence;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Extensions;

namespace PatientPortal.Umbraco;

/// <summary>Maps an Umbraco site's own database settings onto PatientPortal's, so installing the package needs no extra configuration.</summary>
public static class UmbracoDatabaseDefaults
{
    /// <summary>
    /// The Umbraco database (<c>ConnectionStrings:umbracoDbDSN</c> and its <c>_ProviderName</c>) as a PatientPortal
    /// provider and connection string, still holding any <c>|DataDirectory|</c>. Null when the site configures
    /// PatientPortal's database itself, has no Umbraco connection string yet (before install), or uses a provider
    /// PatientPortal has no migrations for (<see cref="UnsupportedProvider"/>, which start-up refuses).
    /// </summary>
    public static (DatabaseProvider Provider, string ConnectionString)? Resolve(IConfiguration configuration) =>
        UmbracoDatabase(configuration) is { } umbraco && ProviderOf(umbraco.ProviderName) is { } provider
            ? (provider, umbraco.ConnectionString)
            : null;

    /// <summary>
    /// The Umbraco database's provider name when PatientPortal would share that database but has no migrations
    /// for it (anything but SQLite and SQL Server); null otherwise. Start-up refuses such a site rather than
    /// putting the package's data in a side file nobody backs up.
    /// </summary>
    public static string? UnsupportedProvider(IConfiguration configuration) =>
        UmbracoDatabase(configuration) is { } umbraco && ProviderOf(umbraco.ProviderName) is null ? umbraco.ProviderName : null;

    /// <summary>The Umbraco connection string and provider name, when the package is to share that database.</summary>
    private static (string ConnectionString, string ProviderName)? UmbracoDatabase(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("PatientPortal"))
            || !string.IsNullOrWhiteSpace(configuration["PatientPortal:Database:ConnectionString"]))
        {
            return null;
        }

        var connectionString = configuration.GetConnectionString(Constants.System.UmbracoConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        // Umbraco reads a missing provider name as its default, so PatientPortal does too.
        var providerName = configuration.GetConnectionStringProviderName(Constants.System.UmbracoConnectionName);
        return (connectionString, string.IsNullOrWhiteSpace(providerName) ? ConnectionStrings.DefaultProviderName : providerName);
    }

    private static DatabaseProvider? ProviderOf(string providerName) =>
        string.Equals(providerName, Constants.ProviderNames.SQLLite, StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Sqlite
        : string.Equals(providerName, Constants.ProviderNames.SQLServer, StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.SqlServer
        : null;

    /// <summary>Replaces <c>|DataDirectory|</c> with <paramref name="dataDirectory"/>, as Umbraco does for its own connection string.</summary>
    public static string ExpandDataDirectory(string connectionString, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return connectionString.Replace(Constants.System.DataDirectoryPlaceholder, dataDirectory, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Umbraco's data folder (<c>umbraco/Data</c>) under the content root: what Umbraco means by <c>|DataDirectory|</c>,
    /// unlike plain ASP.NET hosts' <c>App_Data</c>.
    /// </summary>
    public static string DataDirectoryUnder(string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(contentRootPath);
        var relative = Constants.SystemDirectories.Data.TrimStart('~', '/').Replace('/', Path.DirectorySeparatorChar);
        return Path.Combine(contentRootPath, relative);
    }
}
