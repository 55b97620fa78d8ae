using System.Text.RegularExpressions;
using Moq;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.SignUp;

public sealed partial class SignUpServiceTests
{
    private readonly AccountHarness _harness = new();

    [Fact]
    public async Task SignUp_WithValidDetails_AddsAPendingPatientOnTheCodesChargeband()
    {
        var outcome = ResultAssert.Succeeded(await _harness.SignUpService().SignUpAsync(SignUpCommands.Valid("welcome123"), CancellationToken.None));

        Assert.Same(SignUpOutcome.CheckYourMessages, outcome);
        var patient = Assert.Single(_harness.AddedPatients);
        Assert.Equal(_harness.Chargeband.Id, patient.ChargebandId);
        Assert.Equal("ohiggins", patient.FamilyNameKey);
        Assert.Equal("+447400123456", patient.Mobile);
        Assert.Equal(AccountStatus.PendingConfirmation, patient.Account.Status);
        Assert.Equal(AccountOrigin.InviteCodeSignUp, patient.Account.Origin);
        Assert.Equal("hashed:" + SignUpCommands.Password, patient.Account.PasswordHash);
        Assert.Equal("Welcome123", patient.Account.SignUpInviteCode);
        Assert.Equal(TestPractice.PrivacyPolicyVersion, patient.Account.PrivacyPolicyVersion);
        _harness.Transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SignUp_WithValidDetails_QueuesAOneDayLinkWhoseTokenIsStoredOnlyAsItsHash()
    {
        await _harness.SignUpService().SignUpAsync(SignUpCommands.Valid(), CancellationToken.None);

        var patient = Assert.Single(_harness.AddedPatients);
        var token = Assert.Single(_harness.AddedTokens);
        var email = Assert.Single(_harness.Queued);
        // The text holds a placeholder; the token itself is kept only encrypted until the message is sent.
        Assert.Equal("confirm?token=" + OutboxMessage.LinkTokenPlaceholder, TokenInLink().Match(email.TextBody).Value);
        var rawToken = email.ProtectedLinkToken!["protected:".Length..];
        Assert.Equal(MessageChannel.Email, email.Channel);
        Assert.Equal(MessagePurpose.SignUpConfirmation, email.Purpose);
        Assert.Equal("mary@example.com", email.Recipient);
        Assert.Contains("Confirm your email", email.Subject, StringComparison.Ordinal);
        Assert.Contains("24 hours", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(patient.Id, token.PatientId);
        Assert.Equal(TokenPurpose.EmailConfirmation, token.Purpose);
        Assert.Equal(TestPractice.Now.AddHours(24), token.ExpiresAt);
        Assert.Equal(SecureToken.Hash(rawToken), token.TokenHash);
        Assert.NotEqual(rawToken, token.TokenHash);
    }

    [Fact]
    public async Task SignUp_MatchingAnActivePatient_AddsNobody_AndSendsAPasswordResetToTheContactsOnFile()
    {
        var existing = new PatientBuilder().WithEmail("mary.home@example.com").Build();
        // The family name and contacts reach the repository as keys: no apostrophe, lower-case email, E.164 mobile.
        _harness.Patients
            .Setup(repository => repository.FindMatchesAsync("ohiggins", new DateOnly(1980, 4, 12), "mary@example.com", "+447400123456", It.IsAny<CancellationToken>()))
            .ReturnsAsync([existing]);
        _harness.Patients.Setup(repository => repository.FindAsync(existing.Id, It.IsAny<CancellationToken>())).ReturnsAsync(existing);
        var command = SignUpCommands.Valid() with { FamilyName = "O’HIGGINS", Email = "Mary@Example.COM" };

        var outcome = ResultAssert.Succeeded(await _harness.SignUpService().SignUpAsync(command, CancellationToken.None));

        Assert.Same(SignUpOutcome.CheckYourMessages, outcome);
        Assert.Empty(_harness.AddedPatients);
        Assert.Empty(_harness.AddedTokens);
        Assert.Equal(InvitationPurpose.PasswordReset, Assert.Single(_harness.AddedInvitations).Purpose);
        var email = _harness.Queued.Single(message => message.Channel == MessageChannel.Email);
        Assert.Equal("mary.home@example.com", email.Recipient);
        Assert.Contains("Reset your", email.Subject, StringComparison.Ordinal);
        Assert.Contains(_harness.Queued, message => message.Channel == MessageChannel.Sms && message.Recipient == "+447400123456");
        _harness.Chargebands.Verify(repository => repository.TryCountSignUpAsync(It.IsAny<Guid>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SignUp_MatchingAPendingPatient_ResendsTheirConfirmationLinkInsteadOfASecondRecord()
    {
        var existing = new PatientBuilder().Pending().Build();
        _harness.Patients
            .Setup(repository => repository.FindMatchesAsync("ohiggins", It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([existing]);

        await _harness.SignUpService().SignUpAsync(SignUpCommands.Valid(), CancellationToken.None);

        Assert.Empty(_harness.AddedPatients);
        Assert.Equal(existing.Id, Assert.Single(_harness.AddedTokens).PatientId);
        Assert.Contains("Confirm your email", Assert.Single(_harness.Queued).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_MatchingAPatientWithoutAnAccount_SendsThemAnInvitation()
    {
        var existing = new PatientBuilder().WithoutAccount().Build();
        _harness.Patients
            .Setup(repository => repository.FindMatchesAsync("ohiggins", It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([existing]);
        _harness.Patients.Setup(repository => repository.FindAsync(existing.Id, It.IsAny<CancellationToken>())).ReturnsAsync(existing);

        await _harness.SignUpService().SignUpAsync(SignUpCommands.Valid(), CancellationToken.None);

        Assert.Empty(_harness.AddedPatients);
        Assert.Equal(InvitationPurpose.PortalAccess, Assert.Single(_harness.AddedInvitations).Purpose);
        var email = _harness.Queued.Single(message => message.Channel == MessageChannel.Email);
        Assert.Contains("invitation", email.Subject, StringComparison.Ordinal);
        Assert.Contains("/patient-portal/invitation?token=" + OutboxMessage.LinkTokenPlaceholder, email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_WhenTheLastPlaceUnderTheCapWentToSomeoneElse_ReturnsInvalidCode_AndAddsNothing()
    {
        _harness.Chargebands.Setup(repository => repository.TryCountSignUpAsync(_harness.Chargeband.Id, "WELCOME123", It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _harness.SignUpService().SignUpAsync(SignUpCommands.Valid(), CancellationToken.None);

        Assert.Equal(SignUpService.InvalidCodeMessage, Assert.Single(ResultAssert.InvalidOn(result, "inviteCode")));
        Assert.Empty(_harness.AddedPatients);
        Assert.Empty(_harness.AddedTokens);
        Assert.Empty(_harness.Queued);
        _harness.UnitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
        _harness.Transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SignUp_WithAnUnknownCode_RefusesBeforeCheckingOrHashingAnything()
    {
        var command = SignUpCommands.Valid("Unknown1") with { GivenName = null, Email = "broken" };

        var result = await _harness.SignUpService().SignUpAsync(command, CancellationToken.None);

        ResultAssert.InvalidOn(result, "inviteCode");
        Assert.Empty(_harness.AddedPatients);
        _harness.Hasher.Verify(hasher => hasher.HashAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SignUp_WithInvalidDetails_ReturnsTheFieldErrors_AndAddsNothing()
    {
        var command = SignUpCommands.Valid() with { Mobile = "0121 234 5678", AcceptPrivacyPolicy = false };

        var result = await _harness.SignUpService().SignUpAsync(command, CancellationToken.None);

        ResultAssert.InvalidOn(result, "mobile", "acceptPrivacyPolicy");
        Assert.Empty(_harness.AddedPatients);
        Assert.Empty(_harness.Queued);
    }

    [Fact]
    public async Task SignUp_QueuesTheConfirmationOnlyAfterThePatientIsCommitted()
    {
        var order = new List<string>();
        _harness.Transaction.Setup(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>())).Callback(() => order.Add("commit")).Returns(Task.CompletedTask);
        _harness.WorkQueue.Setup(queue => queue.SendMessages(MessageChannel.Email, It.IsAny<IReadOnlyList<Guid>>(), null)).Callback(() => order.Add("queue"));

        await _harness.SignUpService().SignUpAsync(SignUpCommands.Valid(), CancellationToken.None);

        Assert.Equal(["commit", "queue"], order);
    }

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenInLink();
}
