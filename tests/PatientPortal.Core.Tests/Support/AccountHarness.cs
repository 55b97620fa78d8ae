using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Common.Notifications;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.Tests.Support;

/// <summary>
/// The sign-up and sign-in services with real rules (validator, password policy, emails, practice clock) and
/// mocked storage. The chargeband <c>Welcome123</c> takes sign-ups, nobody matches, and every place is free.
/// </summary>
internal sealed class AccountHarness
{
    private IUnitOfWork? _savedWith;

    public AccountHarness()
    {
        Chargebands.Setup(repository => repository.FindByInviteCodeAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Chargeband?)null);
        Chargebands.Setup(repository => repository.FindByInviteCodeAsync("WELCOME123", It.IsAny<CancellationToken>())).ReturnsAsync(Chargeband);
        Chargebands.Setup(repository => repository.ListLiveInviteCodesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => LiveCodes);
        Chargebands.Setup(repository => repository.TryCountSignUpAsync(Chargeband.Id, "WELCOME123", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Patients.Setup(repository => repository.FindMatchesAsync(It.IsAny<string>(), It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Patients.Setup(repository => repository.FindWithPasswordByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Patients.Setup(repository => repository.Add(Capture.In(AddedPatients)));
        Tokens.Setup(repository => repository.Add(Capture.In(AddedTokens)));
        UnitOfWork.Setup(unit => unit.BeginTransactionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Transaction.Object);
        Hasher.Setup(hasher => hasher.HashAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string password, CancellationToken _) => "hashed:" + password);
        Links.Setup(links => links.ConfirmEmail(It.IsAny<string>())).Returns((string token) => new Uri("https://portal.example/patient-portal/confirm?token=" + token));
        Links.Setup(links => links.SignIn()).Returns(new Uri("https://portal.example/patient-portal/sign-in"));
        Links.Setup(links => links.Invitation(It.IsAny<string>(), It.IsAny<string?>())).Returns((string token, string? _) => new Uri("https://portal.example/patient-portal/invitation?token=" + token));
        Outbox.Setup(repository => repository.Add(Capture.In(Queued)));
        Invitations.Setup(repository => repository.Add(Capture.In(AddedInvitations)));
        LinkTokens.Setup(protector => protector.Protect(It.IsAny<string>())).Returns((string token) => "protected:" + token);
    }

    public FakeTimeProvider Time { get; } = new(TestPractice.Now);

    public Chargeband Chargeband { get; } = new ChargebandBuilder().Named("Private patients").Build();

    public Mock<IChargebandRepository> Chargebands { get; } = new();

    public List<LiveInviteCode> LiveCodes { get; } = [];

    public Mock<IPatientRepository> Patients { get; } = new();

    public Mock<IAccountTokenRepository> Tokens { get; } = new();

    public Mock<IUnitOfWork> UnitOfWork { get; } = new();

    /// <summary>What the services save through: <see cref="UnitOfWork"/> with the outbox seam, queuing on <see cref="WorkQueue"/>.</summary>
    public IUnitOfWork SavedWith => _savedWith ??= new OutboxSeamUnitOfWork(
        UnitOfWork.Object, new OutboxHandOff(WorkQueue.Object, Time, Options.Create(new MessagingOptions()), NullLogger<OutboxHandOff>.Instance), Queued);

    public Mock<IUnitOfWorkTransaction> Transaction { get; } = new();

    public Mock<IPatientPasswordHasher> Hasher { get; } = new();

    public Mock<ICommonPasswords> CommonPasswords { get; } = new();

    public Mock<IPortalLinks> Links { get; } = new();

    public Mock<IOutboxRepository> Outbox { get; } = new();

    public Mock<IInvitationRepository> Invitations { get; } = new();

    public Mock<ILinkTokenProtector> LinkTokens { get; } = new();

    public Mock<IWorkQueue> WorkQueue { get; } = new();

    public Mock<IAuditLog> Audit { get; } = new();

    public Mock<ISignInSessionRepository> Sessions { get; } = new();

    public InMemoryFailedSignInStore FailedSignIns { get; } = new();

    public SignInThrottleOptions Throttle { get; } = new();

    /// <summary>Self-service messages go out unless a test closes the gate.</summary>
    public Mock<ISelfServiceMessageGate> SelfServiceGate { get; } = GateOpen();

    /// <summary>Refused invite codes, each with the chargeband whose live code it nearly was.</summary>
    public CountedCodeFailures CodeFailures { get; } = new();

    /// <summary>Messages put in the outbox, in order.</summary>
    public List<OutboxMessage> Queued { get; } = [];

    public List<Invitation> AddedInvitations { get; } = [];

    public List<Patient> AddedPatients { get; } = [];

    public List<AccountToken> AddedTokens { get; } = [];

    public SignUpOptions SignUpOptions { get; } = new() { ConfirmationLinkLifetime = TimeSpan.FromHours(24) };

    public SignUpService SignUpService()
    {
        var clock = TestPractice.Clock(Time);
        var validator = new RegistrationValidator(new PasswordPolicy(CommonPasswords.Object, Options.Create(new PasswordOptions()), TestPractice.Options), new PatientDetailsValidator(clock, TestPractice.Options), TestPractice.Options);
        return new SignUpService(
            Chargebands.Object,
            Patients.Object,
            Tokens.Object,
            SavedWith,
            validator,
            Hasher.Object,
            new MessageOutbox(Outbox.Object, LinkTokens.Object),
            InvitationService(clock),
            SelfServiceGate.Object,
            new AccountEmails(Links.Object, TestPractice.Renderer, TestPractice.Models),
            TestPractice.TemplateStore,
            Audit.Object,
            CodeFailures,
            clock,
            TestPractice.Options,
            Options.Create(SignUpOptions),
            Options.Create(new InvitationOptions()),
            NullLogger<SignUpService>.Instance);
    }

    private InvitationService InvitationService(PracticeClock clock)
    {
        var issuer = new InvitationIssuer(
            Invitations.Object,
            Outbox.Object,
            new InvitationMessages(Links.Object, TestPractice.Renderer, TestPractice.Models),
            LinkTokens.Object,
            new QuietHours(null, null, TimeZoneInfo.Utc),
            Options.Create(new InvitationOptions()));
        return new InvitationService(Patients.Object, Invitations.Object, issuer, SavedWith, Audit.Object, TestPractice.TemplateStore, SelfServiceGate.Object, clock, Options.Create(new InvitationOptions()));
    }

    /// <summary>The practice's own registrations (reception, the management API).</summary>
    public PatientService PatientService() =>
        new(Patients.Object, Chargebands.Object, Notifications(), SavedWith, Audit.Object, new PatientDetailsValidator(TestPractice.Clock(Time), TestPractice.Options), TestPractice.Clock(Time));

    /// <summary>The real publisher, with the reactions other features register (here, Allow and notify's invitation).</summary>
    private DomainNotifications Notifications()
    {
        var handlers = new ServiceCollection()
            .AddSingleton<IDomainNotificationHandler<PatientJoinedChargeband>>(new AllowAndNotifyInvitesAJoiningPatient(InvitationService(TestPractice.Clock(Time)), NullLogger<AllowAndNotifyInvitesAJoiningPatient>.Instance));
        return new DomainNotifications(handlers.BuildServiceProvider());
    }

    public SignInService SignInService()
    {
        var invitations = InvitationService(TestPractice.Clock(Time));
        return new(
            Patients.Object,
            SavedWith,
            Hasher.Object,
            SignUpService(),
            new SignInThrottle(FailedSignIns, Time, Options.Create(Throttle)),
            new SignInHelp(invitations, Options.Create(new InvitationOptions()), NullLogger<SignInHelp>.Instance),
            Audit.Object,
            Sessions.Object,
            Options.Create(PasswordOptions),
            NullLogger<SignInService>.Instance);
    }

    public PasswordOptions PasswordOptions { get; } = new();

    private static Mock<ISelfServiceMessageGate> GateOpen()
    {
        var gate = new Mock<ISelfServiceMessageGate>();
        gate.Setup(g => g.TryOpenAsync(It.IsAny<Guid>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return gate;
    }

    /// <summary>Makes these patients the holders of a password for the email key, as the repository would find them.</summary>
    public void HoldersOf(string emailKey, params Patient[] holders)
    {
        Patients.Setup(repository => repository.FindWithPasswordByEmailAsync(emailKey, It.IsAny<CancellationToken>())).ReturnsAsync(holders);
        foreach (var holder in holders)
        {
            Patients.Setup(repository => repository.FindAsync(holder.Id, It.IsAny<CancellationToken>())).ReturnsAsync(holder);
        }
    }

    public void PasswordMatches(Patient patient, string password, PasswordCheck check = PasswordCheck.Success) =>
        Hasher.Setup(hasher => hasher.VerifyAsync(patient.Account.PasswordHash!, password, It.IsAny<CancellationToken>())).ReturnsAsync(check);
}
