using Moq;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Patients;

public sealed class PatientServiceTests
{
    private readonly AccountHarness _harness = new();

    public PatientServiceTests()
    {
        _harness.Chargebands.Setup(repository => repository.FindAsync(_harness.Chargeband.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_harness.Chargeband);
    }

    [Fact]
    public async Task Register_RefusesNamesWithHiddenCharacters_AndAnIpLiteralEmail_AndAddsNothing()
    {
        var command = Command() with { Title = "Mr\u0000", GivenName = "Ma\u200Bry", FamilyName = "O'Higgins\u202E", Email = "a@[127.0.0.1]" };

        var result = await _harness.PatientService().RegisterAsync(command, "admin", CancellationToken.None);

        var messages = ResultAssert.InvalidOn(result, "givenName", "familyName", "title", "email");
        Assert.Equal("The given name contains a character that cannot be seen (such as a zero-width space, a right-to-left mark or a control character). Type it again without copying and pasting.", Assert.Single(messages));
        Assert.Empty(_harness.AddedPatients);
    }

    [Fact]
    public async Task Register_AcceptsOrdinaryDetails()
    {
        var result = await _harness.PatientService().RegisterAsync(Command(), "admin", CancellationToken.None);

        Assert.Equal("O'Higgins", ResultAssert.Succeeded(result).FamilyName);
        Assert.Single(_harness.AddedPatients);
    }

    private RegisterPatientCommand Command() =>
        new("Ms", "Mary", "O'Higgins", new DateOnly(1980, 4, 12), "mary@example.com", null, _harness.Chargeband.Id, EmailConsent: true, SmsConsent: false, PrimaryAccountHolderId: null);
}
