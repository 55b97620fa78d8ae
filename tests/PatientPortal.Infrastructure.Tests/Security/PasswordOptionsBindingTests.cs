using Microsoft.Extensions.Configuration;
using PatientPortal.Core.Security;

namespace PatientPortal.Infrastructure.Tests.Security;

public sealed class PasswordOptionsBindingTests
{
    [Fact]
    public void ContextWords_BindFromConfiguration_AsAHostWritesThemInAppSettings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PatientPortal:Passwords:ContextWords:0"] = "Kilkenny",
            ["PatientPortal:Passwords:ContextWords:1"] = "Patrick Street",
        }).Build();

        var options = configuration.GetSection("PatientPortal:Passwords").Get<PasswordOptions>();

        Assert.Equal(["Kilkenny", "Patrick Street"], options?.ContextWords);
    }
}
