using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Persistence;
using Umbraco.Cms.Core;

namespace PatientPortal.Umbraco;

/// <summary>Refuses to start a site whose Umbraco database PatientPortal would share but cannot migrate, and says what to do.</summary>
internal sealed class UmbracoDatabaseValidation(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        UmbracoDatabaseDefaults.UnsupportedProvider(configuration) is { } provider
            ? ValidateOptionsResult.Fail(
                $"PatientPortal cannot share the Umbraco database: ConnectionStrings:{Constants.System.UmbracoConnectionName}_ProviderName is '{provider}', "
                + $"and PatientPortal has migrations for {Constants.ProviderNames.SQLLite} and {Constants.ProviderNames.SQLServer} only. "
                + "Set ConnectionStrings:PatientPortal (with PatientPortal:Database:Provider Sqlite or SqlServer) to a database of its own.")
            : ValidateOptionsResult.Success;
}
