using Moq;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.SignIn;

public sealed class SignInServiceTests
{
    private const string SharedEmail = "family@example.com";
    private const string Password = "lantern quarry mosaic thimble";
    private readonly AccountHarness _harness = new();
    private readonly Patient _mother = new PatientBuilder().WithGivenName("Maeve").WithFamilyName("Kelly").WithEmail(SharedEmail).WithPasswordHash("hash-maeve").Build();
    private readonly Patient _son = new PatientBuilder().WithGivenName("Cian").WithFamilyName("Kelly").WithDateOfBirth(new DateOnly(2008, 9, 1)).WithEmail(SharedEmail).WithPasswordHash("hash-cian").Build();

    [Fact]
    public async Task SignIn_WithAnUnknownEmail_SpendsTheWholeHashingBudgetAnyway_AndFails()
    {
        var result = await _harness.SignInService().SignInAsync("nobody@example.com", Password, CancellationToken.None);

        Assert.Equal(SignInService.FailedMessage, Assert.Single(ResultAssert.InvalidOn(result, "email")));
        _harness.Hasher.Verify(hasher => hasher.VerifyDummyAsync(Password, It.IsAny<CancellationToken>()), Times.Exactly(_harness.PasswordOptions.SignInHashBudget));
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_SignsInTheOnlyHolder_FindingTheEmailWithoutCase()
    {
        _harness.HoldersOf(SharedEmail, _mother);
        _harness.PasswordMatches(_mother, Password);

        var outcome = ResultAssert.Succeeded(await _harness.SignInService().SignInAsync(" Family@EXAMPLE.com ", Password, CancellationToken.None));

        Assert.Equal(SignInResultKind.SignedIn, outcome.Kind);
        Assert.Equal(_mother.Id, outcome.PatientId);
        Assert.Empty(outcome.Candidates);
        _harness.Audit.Verify(audit => audit.Record($"patient:{_mother.Id}", "sign-in.succeeded", "patient", _mother.Id, null), Times.Once);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_FailsWithTheSameMessageAndTheSameNumberOfChecksAsAnUnknownEmail()
    {
        _harness.HoldersOf(SharedEmail, _mother, _son);

        var result = await _harness.SignInService().SignInAsync(SharedEmail, "a wrong but long password", CancellationToken.None);

        Assert.Equal(SignInService.FailedMessage, Assert.Single(ResultAssert.InvalidOn(result, "email")));
        // Two real checks and one dummy: the budget of three, as for an email nobody has.
        _harness.Hasher.Verify(hasher => hasher.VerifyAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _harness.Hasher.Verify(hasher => hasher.VerifyDummyAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        _harness.Audit.Verify(audit => audit.Record("anonymous", "sign-in.failed", "patient", _mother.Id, It.IsAny<string>()), Times.Once);
        _harness.Audit.Verify(audit => audit.Record("anonymous", "sign-in.failed", "patient", _son.Id, It.IsAny<string>()), Times.Once);
    }

    [Fact]
    public async Task SignIn_WhenThePasswordMatchesTwoActivePatients_AsksWhichOfThemIsSigningIn()
    {
        _harness.HoldersOf(SharedEmail, _mother, _son);
        _harness.PasswordMatches(_mother, Password);
        _harness.PasswordMatches(_son, Password);

        var outcome = ResultAssert.Succeeded(await _harness.SignInService().SignInAsync(SharedEmail, Password, CancellationToken.None));

        Assert.Equal(SignInResultKind.ChoosePatient, outcome.Kind);
        Assert.Null(outcome.PatientId);
        Assert.Equal([_mother.Id, _son.Id], outcome.Candidates.Select(candidate => candidate.PatientId));
        Assert.Equal(["Maeve Kelly", "Cian Kelly"], outcome.Candidates.Select(candidate => candidate.DisplayName));
    }

    [Fact]
    public async Task SignIn_OnASharedEmail_SignsInOnlyThePersonWhosePasswordMatched()
    {
        _harness.HoldersOf(SharedEmail, _mother, _son);
        _harness.PasswordMatches(_son, "cian's own long password");

        var outcome = ResultAssert.Succeeded(await _harness.SignInService().SignInAsync(SharedEmail, "cian's own long password", CancellationToken.None));

        Assert.Equal(SignInResultKind.SignedIn, outcome.Kind);
        Assert.Equal(_son.Id, outcome.PatientId);
    }

    [Fact]
    public async Task SignIn_WhenTheHashIsWeakerThanConfigured_StoresAStrongerOne()
    {
        _harness.HoldersOf(SharedEmail, _mother);
        _harness.PasswordMatches(_mother, Password, PasswordCheck.SuccessRehashNeeded);

        var outcome = ResultAssert.Succeeded(await _harness.SignInService().SignInAsync(SharedEmail, Password, CancellationToken.None));

        Assert.Equal(SignInResultKind.SignedIn, outcome.Kind);
        Assert.Equal("hashed:" + Password, _mother.Account.PasswordHash);
        _harness.UnitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SignIn_WithTheRightPasswordButAnUnconfirmedEmail_ResendsTheConfirmationLink()
    {
        var pending = new PatientBuilder().Pending().WithEmail(SharedEmail).WithPasswordHash("hash-pending").Build();
        _harness.HoldersOf(SharedEmail, pending);
        _harness.PasswordMatches(pending, Password);

        var outcome = ResultAssert.Succeeded(await _harness.SignInService().SignInAsync(SharedEmail, Password, CancellationToken.None));

        Assert.Equal(SignInResultKind.ConfirmationResent, outcome.Kind);
        Assert.Null(outcome.PatientId);
        Assert.Equal(pending.Id, Assert.Single(_harness.AddedTokens).PatientId);
        Assert.Contains("Confirm your email", Assert.Single(_harness.Queued).Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an email", Password)]
    [InlineData(SharedEmail, "")]
    [InlineData(SharedEmail, null)]
    public async Task SignIn_WithAMalformedEmailOrNoPassword_FailsWithoutALookUp(string email, string? password)
    {
        var result = await _harness.SignInService().SignInAsync(email, password, CancellationToken.None);

        ResultAssert.InvalidOn(result, "email");
        _harness.Patients.Verify(repository => repository.FindWithPasswordByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Choose_RefusesAPatientWhoWasNotAmongTheVerifiedCandidates()
    {
        _harness.HoldersOf(SharedEmail, _mother, _son);

        var result = await _harness.SignInService().ChooseAsync([_mother.Id], _son.Id, CancellationToken.None);

        ResultAssert.InvalidOn(result, "patientId");
    }

    [Fact]
    public async Task Choose_SignsInAVerifiedCandidate()
    {
        _harness.HoldersOf(SharedEmail, _mother, _son);

        var patientId = ResultAssert.Succeeded(await _harness.SignInService().ChooseAsync([_mother.Id, _son.Id], _son.Id, CancellationToken.None));

        Assert.Equal(_son.Id, patientId);
    }

    [Fact]
    public async Task Choose_RefusesAVerifiedCandidateWhoseAccountIsNotActive()
    {
        var pending = new PatientBuilder().Pending().Build();
        _harness.HoldersOf(SharedEmail, pending);

        var result = await _harness.SignInService().ChooseAsync([pending.Id], pending.Id, CancellationToken.None);

        ResultAssert.InvalidOn(result, "patientId");
    }
}
