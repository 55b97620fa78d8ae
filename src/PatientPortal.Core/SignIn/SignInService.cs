using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.SignIn;

/// <summary>
/// Email and password sign-in where an email may belong to several people (a family). The password is
/// checked against each of them; only the people whose password matched are offered as a choice.
/// </summary>
public sealed class SignInService(
    IPatientRepository patients,
    IUnitOfWork unitOfWork,
    IPatientPasswordHasher passwordHasher,
    SignUpService signUp,
    SignInThrottle throttle,
    SignInHelp help,
    IAuditLog audit,
    ISignInSessionRepository sessions,
    IOptions<PasswordOptions> passwords,
    ILogger<SignInService> logger)
{
    public const string FailedMessage = "The email address or password is not right.";

    public const string SuspendedMessage =
        "For your security, signing in with a password is paused for this email address after many wrong passwords. " +
        "We have sent a link to choose a new password to the contact details on file: use it, then sign in with your new password.";

    public async Task<Result<SignInOutcome>> SignInAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        if (!EmailAddress.TryNormalize(email, out var address) || string.IsNullOrEmpty(password) || password.Length > 1024)
        {
            return Failure.Invalid("email", FailedMessage);
        }

        var emailKey = EmailAddress.Key(address);
        var throttleKey = SignInThrottle.PatientKey(emailKey);
        var attempt = await throttle.BeginAsync(throttleKey, canSuspend: true, cancellationToken);
        if (!attempt.Allowed)
        {
            logger.LogInformation("Sign-in refused: {Failures} consecutive failures for the email given", attempt.Failures);
            return Failure.TooManyRequests(attempt.Suspended ? SuspendedMessage : WaitMessage(attempt.RetryAfter), attempt.Suspended ? null : attempt.RetryAfter);
        }

        var holders = await patients.FindWithPasswordByEmailAsync(emailKey, cancellationToken);
        var (matched, rehashed) = await VerifyAsync(holders, password, cancellationToken);
        var active = matched.Where(patient => patient.Account.Status == AccountStatus.Active).ToList();
        var pending = matched.FirstOrDefault(patient => patient.Account.Status == AccountStatus.PendingConfirmation);
        if (matched.Count > 0)
        {
            await throttle.SucceededAsync(throttleKey, cancellationToken);
        }

        if (active.Count == 1)
        {
            audit.Record(AuditActors.Patient(active[0].Id), "sign-in.succeeded", "patient", active[0].Id);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Patient {PatientId} signed in", active[0].Id);
            return new SignInOutcome(SignInResultKind.SignedIn, active[0].Id, []);
        }

        if (matched.Count == 0)
        {
            // Recorded against each account on the email, for the practice to see; an unknown email is recorded too,
            // so both cost the same write.
            foreach (var holder in holders)
            {
                audit.Record("anonymous", "sign-in.failed", "patient", holder.Id, $"wrong password; {attempt.Failures} in a row");
            }

            if (holders.Count == 0)
            {
                audit.Record("anonymous", "sign-in.failed", "email", null, $"no account for the email given; {attempt.Failures} in a row");
            }
        }

        if (rehashed || matched.Count == 0)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        if (active.Count > 1)
        {
            var candidates = active.Select(patient => new SignInCandidate(patient.Id, patient.DisplayName, patient.DateOfBirth)).ToList();
            return new SignInOutcome(SignInResultKind.ChoosePatient, null, candidates);
        }

        if (pending is not null)
        {
            await signUp.ResendConfirmationAsync(pending, cancellationToken);
            return new SignInOutcome(SignInResultKind.ConfirmationResent, null, []);
        }

        if (attempt.NoticeDue)
        {
            await help.SendAsync(holders, attempt.Failures, cancellationToken);
        }

        logger.LogInformation("Sign-in failed: wrong password for an email with {Count} account(s)", holders.Count);
        return Failure.Invalid("email", FailedMessage);
    }

    /// <summary>Completes a sign-in where the patient chose who they are among people who passed the password check.</summary>
    public async Task<Result<Guid>> ChooseAsync(IReadOnlyCollection<Guid> verifiedCandidates, Guid chosen, CancellationToken cancellationToken)
    {
        if (!verifiedCandidates.Contains(chosen)
            || await patients.FindAsync(chosen, cancellationToken) is not { Account.Status: AccountStatus.Active } patient)
        {
            return Failure.Invalid("patientId", "Choose one of the people listed.");
        }

        audit.Record(AuditActors.Patient(patient.Id), "sign-in.succeeded", "patient", patient.Id, $"chosen among {verifiedCandidates.Count} sharing an email");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} signed in (chosen among {Count} sharing an email)", patient.Id, verifiedCandidates.Count);
        return patient.Id;
    }

    /// <summary>Ends every session the patient has, on every device and server.</summary>
    public async Task SignOutEverywhereAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var ended = await sessions.EndAllForPatientAsync(patientId, cancellationToken);
        audit.Record(AuditActors.Patient(patientId), "sign-out.everywhere", "patient", patientId, $"{ended} session(s) ended");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} signed out everywhere ({Count} sessions)", patientId, ended);
    }

    public static string WaitMessage(TimeSpan retryAfter) =>
        $"There have been too many wrong passwords for this email address. For your security, wait {PlainWords.Wait(retryAfter)} and try again.";

    /// <summary>
    /// Checks the password against every holder, then spends dummy checks up to the budget, so the time taken does not
    /// tell how many accounts share the email (or whether any does).
    /// </summary>
    private async Task<(List<Patient> Matched, bool Rehashed)> VerifyAsync(IReadOnlyList<Patient> holders, string password, CancellationToken cancellationToken)
    {
        var matched = new List<Patient>();
        var rehashed = false;
        foreach (var holder in holders)
        {
            var check = await passwordHasher.VerifyAsync(holder.Account.PasswordHash!, password, cancellationToken);
            if (check == PasswordCheck.Failed)
            {
                continue;
            }

            matched.Add(holder);
            if (check == PasswordCheck.SuccessRehashNeeded)
            {
                holder.UpgradePasswordHash(await passwordHasher.HashAsync(password, cancellationToken));
                rehashed = true;
            }
        }

        for (var spent = holders.Count; spent < passwords.Value.SignInHashBudget; spent++)
        {
            await passwordHasher.VerifyDummyAsync(password, cancellationToken);
        }

        return (matched, rehashed);
    }
}
