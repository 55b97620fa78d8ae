using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Core.SignIn.Throttling;

namespace PatientPortal.Core.Portal.MyDetails;

/// <summary>
/// A signed-in patient chooses a new password. The current password is asked for, so a browser left signed in is
/// not enough to take the account over, and wrong guesses at it wait as sign-in guesses do. The new password meets
/// the same policy as every other; once it is saved every session ends (the caller signs this browser in afresh).
/// </summary>
public sealed class PasswordChange(
    IPatientRepository patients,
    IPatientPasswordHasher passwordHasher,
    PasswordPolicy passwordPolicy,
    SignInThrottle throttle,
    ISignInSessionRepository sessions,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    ILogger<PasswordChange> logger)
{
    public const string CurrentPasswordMissingMessage = "Enter your current password: the one you signed in with.";

    public const string WrongCurrentPasswordMessage = "Your current password is not right. Type the password you signed in with.";

    public const string SamePasswordMessage = "Your new password is the same as your current one. Choose a different one.";

    /// <summary>Longer than any password we accept (the policy's maximum is lower); refused without hashing it.</summary>
    private const int LongestChecked = 1024;

    public async Task<Result<PasswordChanged>> ChangeAsync(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await patients.FindAsync(command.PatientId, cancellationToken) is not { Account: { Status: AccountStatus.Active, PasswordHash: { } currentHash } } patient)
        {
            return Failure.NotFound("There is no signed-in patient with a password.");
        }

        var errors = new ValidationErrors();
        foreach (var problem in passwordPolicy.Check(command.NewPassword, patient.GivenName, patient.FamilyName, patient.Email))
        {
            errors.Add("newPassword", problem);
        }

        if (string.IsNullOrEmpty(command.CurrentPassword))
        {
            errors.Add("currentPassword", CurrentPasswordMissingMessage);
            return Failure.Invalid(errors);
        }

        var key = ThrottleKey(patient.Id);
        var attempt = await throttle.BeginAsync(key, canSuspend: false, cancellationToken);
        if (!attempt.Allowed)
        {
            var wait = $"You have typed a wrong current password too many times. For your security, wait {PlainWords.Wait(attempt.RetryAfter)} and try again.";
            return new Failure(OperationStatus.TooManyRequests, wait, new Dictionary<string, string[]> { ["currentPassword"] = [wait] }) { RetryAfter = attempt.RetryAfter };
        }

        if (command.CurrentPassword.Length > LongestChecked
            || await passwordHasher.VerifyAsync(currentHash, command.CurrentPassword, cancellationToken) == PasswordCheck.Failed)
        {
            audit.Record(AuditActors.Patient(patient.Id), "account.password-change-refused", "patient", patient.Id, $"wrong current password; {attempt.Failures} in a row");
            await unitOfWork.SaveChangesAsync(cancellationToken);
            errors.Add("currentPassword", WrongCurrentPasswordMessage);
            return Failure.Invalid(errors);
        }

        await throttle.SucceededAsync(key, cancellationToken);
        if (string.Equals(command.NewPassword, command.CurrentPassword, StringComparison.Ordinal))
        {
            errors.Add("newPassword", SamePasswordMessage);
        }

        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        var newHash = await passwordHasher.HashAsync(command.NewPassword!, cancellationToken);
        int ended;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            patient.ChangePassword(newHash);
            // A copied cookie, or a device someone else still holds, stops working with the old password.
            ended = await sessions.EndAllForPatientAsync(patient.Id, cancellationToken);
            audit.Record(AuditActors.Patient(patient.Id), "account.password-changed", "patient", patient.Id, $"on the my-details page; {ended} session(s) ended");
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (patient.EmailKey is { } emailKey)
        {
            // As after a reset: a new password lifts any wait or suspension wrong passwords for the email had caused.
            await throttle.SucceededAsync(SignInThrottle.PatientKey(emailKey), cancellationToken);
        }

        logger.LogInformation("Patient {PatientId} changed their password ({Count} sessions ended)", patient.Id, ended);
        return new PasswordChanged(ended);
    }

    /// <summary>Guesses at the current password are counted per patient, apart from sign-in's count per email.</summary>
    public static string ThrottleKey(Guid patientId) => $"password-change:{patientId:N}";
}
