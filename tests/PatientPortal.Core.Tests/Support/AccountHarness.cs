using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.Tests.Support;

/// <summary>
/// The sign-up and sign-in services with real rules (validator, password policy, emails, practice clock) and
/// mocked storage. The chargeband <c>Welcome123</c> takes sign-ups, nobody matches, and every place is free.
/// </summary>
internal sealed class AccountHarness
{
    public AccountHarness()
    {
        Chargebands.Setup(repository => repository.FindByInviteCodeAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Chargeband?)null);
        Chargebands.Setup(repository => repository.FindByInviteCodeAsync("WELCOME123", It.IsAny<CancellationToken>())).ReturnsAsync(Chargeband);
        Chargebands.Setup(repository => repository.TryCountSignUpAsync(Chargeband.Id, "WELCOME123", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Patients.Setup(repository => repository.FindMatchesAsync(It.IsAny<string>(), It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Patients.Setup(repository => repository.FindWithPasswordByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Patients.Setup(repository => repository.Add(Capture.In(AddedPatients)));
        Tokens.Setup(repository => repository.Add(Capture.In(AddedTokens)));
        UnitOfWork.Setup(unit => unit.BeginTransactionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Transaction.Object);
        Hasher.Setup(hasher => hasher.HashAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string password, CancellationToken _) => "hashed:" + password);
        Links.Setup(links => links.ConfirmEmail(It.IsAny<string>())).Returns((string token) => new Uri("https://portal.example/patient-portal/confirm?token=" + token));
        Links.Setup(links => links.SignIn()).Returns(new Uri("https://portal.example/patient-portal/sign-in"));
    }

    public FakeTimeProvider Time { get; } = new(TestPractice.Now);

    public Chargeband Chargeband { get; } = new ChargebandBuilder().Named("Private patients").Build();

    public Mock<IChargebandRepository> Chargebands { get; } = new();

    public Mock<IPatientRepository> Patients { get; } = new();

    public Mock<IAccountTokenRepository> Tokens { get; } = new();

    public Mock<IUnitOfWork> UnitOfWork { get; } = new();

    public Mock<IUnitOfWorkTransaction> Transaction { get; } = new();

    public Mock<IPatientPasswordHasher> Hasher { get; } = new();

    public Mock<ICommonPasswords> CommonPasswords { get; } = new();

    public Mock<IPortalLinks> Links { get; } = new();

    public RecordingEmailSender Email { get; } = new();

    public List<Patient> AddedPatients { get; } = [];

    public List<AccountToken> AddedTokens { get; } = [];

    public SignUpOptions SignUpOptions { get; } = new() { ConfirmationLinkLifetime = TimeSpan.FromHours(24) };

    public SignUpService SignUpService()
    {
        var clock = TestPractice.Clock(Time);
        var validator = new RegistrationValidator(new PasswordPolicy(CommonPasswords.Object, Options.Create(new PasswordOptions())), clock, TestPractice.Options);
        return new SignUpService(
            Chargebands.Object,
            Patients.Object,
            Tokens.Object,
            UnitOfWork.Object,
            validator,
            Hasher.Object,
            Email,
            new AccountEmails(Links.Object, TestPractice.Options),
            clock,
            TestPractice.Options,
            Options.Create(SignUpOptions),
            NullLogger<SignUpService>.Instance);
    }

    public SignInService SignInService() =>
        new(Patients.Object, UnitOfWork.Object, Hasher.Object, SignUpService(), NullLogger<SignInService>.Instance);

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
