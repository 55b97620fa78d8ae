using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Practice;
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
        var policy = new PasswordPolicy(_services.GetRequiredService<ICommonPasswords>(), Microsoft.Extensions.Options.Options.Create(new PasswordOptions { MinimumLength = 8 }), Microsoft.Extensions.Options.Options.Create(new PracticeOptions()));

        Assert.NotEmpty(policy.Check("password123"));
        Assert.Empty(policy.Check("lantern quarry mosaic thimble"));
    }

    [Theory]
    [InlineData("Password-Password!")]
    [InlineData("P a s s w o r d 1 2 3")]
    [InlineData("Q-W-E-R-T-Y qwerty 2026")]
    public void PasswordPolicy_WithTheShippedList_RefusesACommonPasswordHiddenBySpacingPunctuationOrDigits(string password)
    {
        var problem = Assert.Single(RiversidePolicy().Check(password));

        Assert.Contains("most common passwords", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("passwordpassword")]
    [InlineData("123456789012345")]
    [InlineData("riverside private clinic")]
    public void PasswordPolicy_WithTheShippedList_RefusesTheAssessmentsFifteenCharacterPasswords(string password)
    {
        Assert.Single(RiversidePolicy().Check(password));
    }

    [Theory]
    [InlineData("riverside demo password")]
    [InlineData("lantern quarry mosaic thimble")]
    [InlineData("correct horse battery staple")]
    [InlineData("quiet harbour lantern morning")]
    [InlineData("lighthouse keeper of the northern isles")]
    [InlineData("a long enough demo password for tests")]
    public void PasswordPolicy_WithTheShippedList_AcceptsTheDemoAndTestPassphrases(string password)
    {
        Assert.Empty(RiversidePolicy().Check(password, "Mary", "O'Higgins", "mary@example.com"));
    }

    /// <summary>As the demo website configures it.</summary>
    private PasswordPolicy RiversidePolicy() => new(
        _services.GetRequiredService<ICommonPasswords>(),
        Microsoft.Extensions.Options.Options.Create(new PasswordOptions { MinimumLength = 15 }),
        Microsoft.Extensions.Options.Options.Create(new PracticeOptions { Name = "Riverside Private Clinic" }));
}
