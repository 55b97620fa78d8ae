using Moq;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.SignUp;

public sealed class EmailConfirmationTests
{
    private readonly AccountHarness _harness = new();
    private readonly Patient _patient = new PatientBuilder().Pending().Build();
    private readonly AccountToken _token;
    private readonly string _rawToken;

    public EmailConfirmationTests()
    {
        (_token, _rawToken) = AccountToken.Issue(_patient.Id, TokenPurpose.EmailConfirmation, TimeSpan.FromHours(24), TestPractice.Now);
        _harness.Tokens.Setup(repository => repository.FindByHashAsync(_token.TokenHash, TokenPurpose.EmailConfirmation, It.IsAny<CancellationToken>())).ReturnsAsync(_token);
        _harness.Tokens.Setup(repository => repository.TryConsumeAsync(_token.Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _harness.Patients.Setup(repository => repository.FindAsync(_patient.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_patient);
    }

    [Fact]
    public async Task ConfirmEmail_WithTheLinkToken_ActivatesTheAccount()
    {
        _harness.Time.Advance(TimeSpan.FromHours(2));

        var patientId = ResultAssert.Succeeded(await _harness.SignUpService().ConfirmEmailAsync(_rawToken, CancellationToken.None));

        Assert.Equal(_patient.Id, patientId);
        Assert.Equal(AccountStatus.Active, _patient.Account.Status);
        Assert.Equal(TestPractice.Now.AddHours(2), _patient.Account.ActivatedAt);
        _harness.Transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        _harness.Audit.Verify(audit => audit.Record($"patient:{_patient.Id}", "account.email-confirmed", "patient", _patient.Id, null), Times.Once);
    }

    [Fact]
    public async Task ConfirmEmail_WhenAnotherRequestConsumedTheTokenFirst_FailsAndLeavesTheAccountPending()
    {
        _harness.Tokens.Setup(repository => repository.TryConsumeAsync(_token.Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _harness.SignUpService().ConfirmEmailAsync(_rawToken, CancellationToken.None);

        Assert.Equal(SignUpService.InvalidConfirmationLinkMessage, Assert.Single(ResultAssert.InvalidOn(result, "token")));
        Assert.Equal(AccountStatus.PendingConfirmation, _patient.Account.Status);
        _harness.Transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ConfirmEmail_AfterTheLinkExpired_FailsAndLeavesTheAccountPending()
    {
        _harness.Time.Advance(TimeSpan.FromHours(24));

        var result = await _harness.SignUpService().ConfirmEmailAsync(_rawToken, CancellationToken.None);

        ResultAssert.InvalidOn(result, "token");
        Assert.Equal(AccountStatus.PendingConfirmation, _patient.Account.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task ConfirmEmail_WithAMalformedToken_FailsWithoutALookUp(string? rawToken)
    {
        var result = await _harness.SignUpService().ConfirmEmailAsync(rawToken, CancellationToken.None);

        ResultAssert.InvalidOn(result, "token");
        _harness.Tokens.Verify(repository => repository.FindByHashAsync(It.IsAny<string>(), It.IsAny<TokenPurpose>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ConfirmEmail_WithAnotherWellFormedToken_Fails()
    {
        var result = await _harness.SignUpService().ConfirmEmailAsync(SecureToken.Generate(), CancellationToken.None);

        ResultAssert.InvalidOn(result, "token");
        Assert.Equal(AccountStatus.PendingConfirmation, _patient.Account.Status);
    }

    [Fact]
    public async Task ResendConfirmation_ToAnActivePatient_SendsNothing()
    {
        var active = new PatientBuilder().Build();

        await _harness.SignUpService().ResendConfirmationAsync(active, CancellationToken.None);

        Assert.Empty(_harness.AddedTokens);
        Assert.Empty(_harness.Queued);
    }
}
