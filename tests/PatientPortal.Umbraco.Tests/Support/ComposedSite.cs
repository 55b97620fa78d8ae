using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;

namespace PatientPortal.Umbraco.Tests.Support;

/// <summary>
/// The package composed onto a real service collection as Umbraco would; only the builder around it is a stand-in,
/// since the composer uses nothing of it but <c>Services</c> and <c>Config</c>.
/// </summary>
internal static class ComposedSite
{
    public static IUmbracoBuilder Builder(IServiceCollection services, IConfiguration configuration)
    {
        var builder = new Mock<IUmbracoBuilder>(MockBehavior.Strict);
        builder.SetupGet(umbraco => umbraco.Services).Returns(services);
        builder.SetupGet(umbraco => umbraco.Config).Returns(configuration);
        return builder.Object;
    }

    public static ServiceCollection Compose(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        new PatientPortalComposer().Compose(Builder(services, configuration));
        return services;
    }

    public static IConfigurationRoot Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}

/// <summary>The site's host environment, rooted where a test says.</summary>
internal sealed class SiteEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "PatientPortal.Umbraco.Tests";

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

/// <summary>A logger provider in the real logging pipeline that keeps each message as its formatter wrote it.</summary>
internal sealed class CapturedLogs : ILoggerProvider
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
