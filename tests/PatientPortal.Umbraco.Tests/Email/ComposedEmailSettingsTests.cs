using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Infrastructure.Email;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace PatientPortal.Umbraco.Tests.Email;

/// <summary>The composed package on a site whose only SMTP settings are Umbraco's: it sends with them and says so at start-up.</summary>
public class ComposedEmailSettingsTests
{
    [Fact]
    public async Task TheComposedPackage_SendsWithTheSitesUmbracoSmtpSettings_AndLogsWhoseTheyAre()
    {
        var logs = new Captured();
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
        var logs = new Captured();
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

    private static ServiceProvider Provider(Captured logs, params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)).Append(new("ConnectionStrings:PatientPortal", "Data Source=unused.db")))
            .Build();
        var services = new ServiceCollection();
        var builder = new Mock<IUmbracoBuilder>(MockBehavior.Strict);
        builder.SetupGet(umbraco => umbraco.Services).Returns(services);
        builder.SetupGet(umbraco => umbraco.Config).Returns(configuration);
        new PatientPortalComposer().Compose(builder.Object);
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new SiteEnvironment());
        // What an Umbraco site registers and the package's other hosted services ask for.
        services.AddSingleton(Mock.Of<IRuntimeState>(runtime => runtime.Level == RuntimeLevel.Run));
        services.AddSingleton(Mock.Of<IServerRoleAccessor>(roles => roles.CurrentServerRole == ServerRole.Single));
        return services.BuildServiceProvider();
    }

    private sealed class Captured : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyList<string> Messages => _messages.ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }

    private sealed class SiteEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "PatientPortal.Umbraco.Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
