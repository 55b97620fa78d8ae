using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Security;

public sealed class CommonPasswordsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ServiceProvider _services;

    public CommonPasswordsTests()
    {
        _services = InfrastructureServices.Build(_directory);
    }

    public void Dispose()
    {
        _services.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("Password")]
    [InlineData("123456")]
    [InlineData(" 123456 ")]
    [InlineData("qwerty")]
    public void Contains_TheMostCommonPasswords_InAnyCase(string password)
    {
        Assert.True(_services.GetRequiredService<ICommonPasswords>().Contains(password));
    }

    [Theory]
    [InlineData("lantern quarry mosaic thimble")]
    [InlineData("7f3c-Quokka-harbour-Vellum-92")]
    public void Contains_NoLongRandomPassphrase(string password)
    {
        Assert.False(_services.GetRequiredService<ICommonPasswords>().Contains(password));
    }

    [Fact]
    public void PasswordPolicy_WithTheShippedList_RefusesALongCommonPassword()
    {
        var policy = new PasswordPolicy(_services.GetRequiredService<ICommonPasswords>(), Microsoft.Extensions.Options.Options.Create(new PasswordOptions { MinimumLength = 8 }));

        Assert.NotEmpty(policy.Check("password123"));
        Assert.Empty(policy.Check("lantern quarry mosaic thimble"));
    }
}
