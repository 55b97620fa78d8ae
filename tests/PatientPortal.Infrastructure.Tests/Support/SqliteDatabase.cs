using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.Infrastructure.Tests.Support;

/// <summary>
/// The infrastructure services over a migrated SQLite file in a fresh temporary folder. Used as a class
/// fixture (one database per test class) or owned by a test class that wants one per test.
/// </summary>
public sealed class SqliteDatabase : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private bool _disposed;

    public SqliteDatabase()
    {
        Services = InfrastructureServices.Build(_directory);
    }

    public ServiceProvider Services { get; }

    public string FilePath => _directory.File(InfrastructureServices.DatabaseFile);

    public Task InitializeAsync() => Services.StartAsync();

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Services.Dispose();
        _directory.Dispose();
    }
}
