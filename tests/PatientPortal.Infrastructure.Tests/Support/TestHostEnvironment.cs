using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace PatientPortal.Infrastructure.Tests.Support;

internal sealed class TestHostEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "PatientPortal.Infrastructure.Tests";

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
