using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Infrastructure.Email;
using PatientPortal.Umbraco.Tests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace PatientPortal.Umbraco.Tests.Email;

/// <summary>The composed package on a site whose only SMTP settings are Umbraco's: it sends with them and says so at start-up.</summary>
public class ComposedEmailSettingsTests
{
    [Fact]
    public async Task TheComposedPackage_SendsWithTheSitesUmbracoSmtpSettings_AndLogsWhoseTheyAre()
    {
        var logs = new CapturedLogs();
        await using var provider = Provider(logs, ("Umbraco:CMS:Global:Smtp:Host", "smtp.clinic.example"), ("Umbraco:CMS:Global:Smtp:Port", "587"), ("Umbraco:CMS:Global:Smtp:From", "website@clinic.example"), ("Umbraco:CMS:Global:Smtp:Password", "secret"));

        var email = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        await StartEmailLogAsync(provider);

        Assert.Equal((EmailDeliveryMethod.Network, "smtp.clinic.example", "website@clinic.example"), (email.DeliveryMethod, email.Host, email.From));
        var line = Assert.Single(logs.Messages, message => message.StartsWith("PatientPortal sends email", StringComparison.Ordinal));
        Assert.Contains("smtp.clinic.example:587", line, StringComparison.Ordinal);
        Assert.Contains("with the settings of Umbraco:CMS:Global:Smtp", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheComposedPackage_KeepsItsOwnSmtpSettings_AndLogsThem()
    {
        var logs = new CapturedLogs();
        await using var provider = Provider(logs, ("Umbraco:CMS:Global:Smtp:Host", "smtp.clinic.example"), ("PatientPortal:Email:DeliveryMethod", "Network"), ("PatientPortal:Email:Host", "smtp.portal.example"));

        var email = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        await StartEmailLogAsync(provider);

        Assert.Equal("smtp.portal.example", email.Host);
        Assert.Contains(logs.Messages, message => message.Contains("smtp.portal.example:587", StringComparison.Ordinal) && message.EndsWith("with the settings of PatientPortal:Email", StringComparison.Ordinal));
    }

    private static async Task StartEmailLogAsync(ServiceProvider provider)
    {
        foreach (var hosted in provider.GetServices<IHostedService>().Where(service => service.GetType().Name == "EmailSettingsLog"))
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    private static ServiceProvider Provider(CapturedLogs logs, params (string Key, string Value)[] values)
    {
        var configuration = ComposedSite.Configuration([.. values, ("ConnectionStrings:PatientPortal", "Data Source=unused.db")]);
        var services = ComposedSite.Compose(configuration);
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new SiteEnvironment(Path.GetTempPath()));
        // What an Umbraco site registers and the package's other hosted services ask for.
        services.AddSingleton(Mock.Of<IRuntimeState>(runtime => runtime.Level == RuntimeLevel.Run));
        services.AddSingleton(Mock.Of<IServerRoleAccessor>(roles => roles.CurrentServerRole == ServerRole.Single));
        return services.BuildServiceProvider();
    }
}
