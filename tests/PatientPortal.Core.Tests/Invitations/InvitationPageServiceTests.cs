using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations;

public sealed class InvitationPageServiceTests
{
    private const string GoodPassword = "heron lantern pebble orchard";
    private readonly FakeTimeProvider _time = new(TestPractice.Now);
    private readonly Mock<IInvitationRepository> _invitations = new();
    private readonly Mock<IPatientRepository> _patients = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly Mock<IPatientPasswordHasher> _hasher = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly Mock<IWorkQueue> _workQueue = new();
    private readonly Patient _patient = new PatientBuilder().WithoutAccount().Build();

    public InvitationPageServiceTests()
    {
        _patients.Setup(repository => repository.FindAsync(_patient.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_patient);
        _unitOfWork.Setup(unit => unit.BeginTransactionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Mock.Of<IUnitOfWorkTransaction>());
        _hasher.Setup(hasher => hasher.HashAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string password, CancellationToken _) => "hashed:" + password);
        _invitations.Setup(repository => repository.TryCompleteAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    [Fact]
    public async Task Open_ALinkOfAPatientWhoHasAnAccountByNow_LeadsToSignIn_KeepingTheDestination()
    {
        var active = new PatientBuilder().Build();
        _patients.Setup(repository => repository.FindAsync(active.Id, It.IsAny<CancellationToken>())).ReturnsAsync(active);
        var token = Link(InvitationPurpose.Recall, "/patient-portal/book?service=physio", active.Id);

        var progress = await Service().OpenAsync(token, CancellationToken.None);

        Assert.Equal(InvitationStep.SignIn, progress.Step);
        Assert.Equal("/patient-portal/book?service=physio", progress.TargetPath);
    }

    [Fact]
    public async Task Open_AfterTheExpiry_IsUnusable_AsExpired()
    {
        var token = Link();
        _time.Advance(TimeSpan.FromHours(72));

        var progress = await Service().OpenAsync(token, CancellationToken.None);

        Assert.Equal(InvitationStep.Unusable, progress.Step);
        Assert.Equal(InvitationState.Expired, progress.State);
    }

    [Fact]
    public async Task Open_AnUnknownOrMalformedToken_IsInvalid()
    {
        Assert.Same(InvitationProgress.Invalid, await Service().OpenAsync("not-a-token", CancellationToken.None));
        Assert.Same(InvitationProgress.Invalid, await Service().OpenAsync(PatientPortal.Core.Security.SecureToken.Generate(), CancellationToken.None));
    }

    [Fact]
    public async Task ConfirmIdentity_WithAWrongName_CountsIt_AndTheFifthLocksWithTheSameMessage()
    {
        var token = Link();
        var count = 0;
        _invitations.Setup(repository => repository.RecordFailedIdentityCheckAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => ++count);
        var messages = new List<string>();

        for (var i = 0; i < Invitation.MaxIdentityChecks; i++)
        {
            var result = await Service().ConfirmIdentityAsync(token, "Higgins", CancellationToken.None);
            messages.Add(Assert.Single(ResultAssert.InvalidOn(result, "familyName")));
        }

        Assert.Equal([InvitationPageService.IdentityFailedMessage], messages.Distinct());
        _audit.Verify(audit => audit.Record(It.IsAny<string>(), "invitation.locked", "patient", _patient.Id, It.IsAny<string>()), Times.Once);
    }

    [Theory]
    [InlineData("O'Higgins")]
    [InlineData("o higgins")]
    [InlineData("OHIGGINS")]
    [InlineData("O’Higgins")]
    public async Task ConfirmIdentity_WithTheNameTypedAnyWay_MovesOnToThePassword(string familyName)
    {
        var progress = ResultAssert.Succeeded(await Service().ConfirmIdentityAsync(Link(), familyName, CancellationToken.None));

        Assert.Equal(InvitationStep.ChoosePassword, progress.Step);
        _invitations.Verify(repository => repository.RecordFailedIdentityCheckAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ChoosePassword_BeforeTheIdentityStep_ChangesNothing()
    {
        var token = Link();

        var progress = ResultAssert.Succeeded(await Service().ChoosePasswordAsync(token, GoodPassword, CancellationToken.None));

        Assert.Equal(InvitationStep.ConfirmIdentity, progress.Step);
        _hasher.Verify(hasher => hasher.HashAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Invitation_ThroughAllThreeSteps_ActivatesTheAccount_WithThePolicyVersion()
    {
        var token = Link();
        var service = Service();

        await service.ConfirmIdentityAsync(token, "O'Higgins", CancellationToken.None);
        Assert.Equal(InvitationStep.AcceptPrivacyPolicy, ResultAssert.Succeeded(await service.ChoosePasswordAsync(token, GoodPassword, CancellationToken.None)).Step);
        ResultAssert.InvalidOn(await service.AcceptPrivacyPolicyAsync(token, accepted: false, CancellationToken.None), "acceptPrivacyPolicy");
        var done = ResultAssert.Succeeded(await service.AcceptPrivacyPolicyAsync(token, accepted: true, CancellationToken.None));

        Assert.Equal(InvitationStep.Completed, done.Step);
        Assert.Equal(_patient.Id, done.PatientId);
        Assert.Equal(AccountStatus.Active, _patient.Account.Status);
        Assert.Equal("hashed:" + GoodPassword, _patient.Account.PasswordHash);
        Assert.Equal(TestPractice.PrivacyPolicyVersion, _patient.Account.PrivacyPolicyVersion);
        Assert.Equal(AccountOrigin.Invitation, _patient.Account.Origin);
    }

    [Fact]
    public async Task PasswordReset_WithTheCurrentPolicyAlreadyAccepted_EndsAtThePasswordStep()
    {
        var active = new PatientBuilder().Build();
        _patients.Setup(repository => repository.FindAsync(active.Id, It.IsAny<CancellationToken>())).ReturnsAsync(active);
        var token = Link(InvitationPurpose.PasswordReset, patientId: active.Id);
        var service = Service();

        await service.ConfirmIdentityAsync(token, "O'Higgins", CancellationToken.None);
        var done = ResultAssert.Succeeded(await service.ChoosePasswordAsync(token, GoodPassword, CancellationToken.None));

        Assert.Equal(InvitationStep.Completed, done.Step);
        Assert.Equal("hashed:" + GoodPassword, active.Account.PasswordHash);
    }

    [Fact]
    public async Task Completing_WhenAnotherRequestCompletedItFirst_SendsThisOneToSignIn_AndChangesNoAccount()
    {
        _invitations.Setup(repository => repository.TryCompleteAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var token = Link();
        var service = Service();
        await service.ConfirmIdentityAsync(token, "O'Higgins", CancellationToken.None);
        await service.ChoosePasswordAsync(token, GoodPassword, CancellationToken.None);

        var progress = ResultAssert.Succeeded(await service.AcceptPrivacyPolicyAsync(token, accepted: true, CancellationToken.None));

        Assert.Equal(InvitationStep.SignIn, progress.Step);
        Assert.Equal(AccountStatus.Invited, _patient.Account.Status);
    }

    private string Link(InvitationPurpose purpose = InvitationPurpose.PortalAccess, string? target = null, Guid? patientId = null)
    {
        var (invitation, raw) = Invitation.Issue(patientId ?? _patient.Id, purpose, target, null, TimeSpan.FromHours(72), "admin", null, TestPractice.Now);
        if (patientId is null)
        {
            _patient.MarkInvited();
        }

        _invitations.Setup(repository => repository.FindByTokenHashAsync(invitation.TokenHash, It.IsAny<CancellationToken>())).ReturnsAsync(invitation);
        return raw;
    }

    private InvitationPageService Service()
    {
        var clock = TestPractice.Clock(_time);
        var links = new Mock<IPortalLinks>();
        links.Setup(l => l.Invitation(It.IsAny<string>(), It.IsAny<string?>())).Returns(new Uri("https://portal.example/patient-portal/invitation"));
        var issuer = new InvitationIssuer(_invitations.Object, Mock.Of<IOutboxRepository>(), new InvitationMessages(links.Object, TestPractice.Renderer, TestPractice.Models), Mock.Of<ILinkTokenProtector>(), new QuietHours(null, null, TimeZoneInfo.Utc), Options.Create(new InvitationOptions()));
        var sender = new InvitationService(_patients.Object, _invitations.Object, issuer, _unitOfWork.Object, _audit.Object, TestPractice.TemplateStore, Mock.Of<ISelfServiceMessageGate>(), clock, Options.Create(new InvitationOptions()));
        return new InvitationPageService(
            _invitations.Object,
            _patients.Object,
            sender,
            new PasswordPolicy(Mock.Of<ICommonPasswords>(), Options.Create(new PasswordOptions()), TestPractice.Options),
            _hasher.Object,
            _unitOfWork.Object,
            _audit.Object,
            Mock.Of<ISignInSessionRepository>(),
            _workQueue.Object,
            new SignInThrottle(new InMemoryFailedSignInStore(), _time, Options.Create(new SignInThrottleOptions())),
            clock,
            TestPractice.Options,
            NullLogger<InvitationPageService>.Instance);
    }
}
