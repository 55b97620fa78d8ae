using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Portal.CallBack;

/// <summary>
/// The booking page's next step: a signed-in patient asks the practice to call them back. The request is an email
/// to the practice (<see cref="PracticeOptions.CallBackRecipient"/>), saved in the outbox with its audit entry and
/// queued once committed, so a mail server that is down delays it rather than losing it. Bad input changes nothing.
/// </summary>
public sealed class CallBackRequests(
    IPatientRepository patients,
    IPortalQueries queries,
    IUnitOfWork unitOfWork,
    MessageOutbox outbox,
    IAuditLog audit,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    ILogger<CallBackRequests> logger)
{
    public const int MaximumNoteLength = 500;

    public const string ChooseTimesMessage = "Choose when we may call you: in the morning, in the afternoon, or both.";

    /// <summary>Whether there is an address to send requests to; without one the page gives the phone instead.</summary>
    public bool Available => practice.Value.CallBackRecipient() is not null;

    public async Task<Result<CallBackRequested>> RequestAsync(RequestCallBackCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = practice.Value;
        if (options.CallBackRecipient() is not { } recipient)
        {
            return Failure.NotFound("Call-back requests cannot be sent: the practice has no email address for them.");
        }

        if (await patients.FindAsync(command.PatientId, cancellationToken) is not { Account.Status: AccountStatus.Active } patient)
        {
            return Failure.NotFound("There is no signed-in patient.");
        }

        var errors = new ValidationErrors();
        var times = Times(command.Times);
        if (times is null)
        {
            errors.Add("times", ChooseTimesMessage);
        }

        // The mobile on file, sent back as the form showed it, is taken as it is (as my details does): the practice may have stored it before today's rules.
        var phone = OnFile(command.Phone, patient.Mobile, options.PhoneRegion);
        if (phone is null && !MobileNumber.TryNormalizePhone(command.Phone, options.PhoneRegion, out phone, out var phoneError))
        {
            errors.Add("phone", phoneError);
        }

        var note = Note(command.Note, errors);
        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        // A service that is not (or no longer) bookable online is left out rather than refused: the call is still wanted.
        var service = command.ServiceId is { } serviceId
            ? (await queries.BookableServicesAsync(cancellationToken)).FirstOrDefault(bookable => bookable.Id == serviceId)
            : null;
        var subject = await SubjectAsync(patient, command.ForPatientId, cancellationToken);
        var member = subject.Id == patient.Id ? null : subject;
        var now = clock.UtcNow;
        var requested = new CallBackRequested(MobileNumber.Display(phone!, options.PhoneRegion), times!, service?.Name, member?.DisplayName);
        var email = CallBackEmail.For(subject, member is null ? null : patient, requested, note, recipient, options.Name, now, clock.TimeZone, CultureInfo.GetCultureInfo(options.Culture));
        var message = outbox.AddEmail(email, new MessageContext(MessagePurpose.CallBackRequest, patient.Id), now);
        audit.Record(AuditActors.Patient(patient.Id), "portal.call-back-requested", "patient", subject.Id,
            $"call {phone} in the {CallBackEmail.Times(times!)}{(service is null ? string.Empty : $", about {service.Name}")}{(member is null ? string.Empty : $", for family member {member.Id}")}; sent to {recipient}");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} asked for a call back (message {MessageId})", patient.Id, message.Id);
        return requested;
    }

    /// <summary>Whom the call is about: the family member named, when the signed-in patient manages them; otherwise the patient.</summary>
    private async Task<Patient> SubjectAsync(Patient signedIn, Guid? forPatientId, CancellationToken cancellationToken) =>
        forPatientId is { } id && id != signedIn.Id && await patients.FindAsync(id, cancellationToken) is { } member && FamilyAccess.MayActFor(signedIn, member)
            ? member
            : signedIn;

    private static string? OnFile(string? typed, string? mobile, string region) =>
        mobile is not null && typed?.Trim() is { } trimmed && (trimmed == mobile || trimmed == MobileNumber.Display(mobile, region)) ? mobile : null;

    /// <summary>The times ticked, in the day's order; null when none, or a value the form does not offer.</summary>
    private static List<CallBackTime>? Times(IReadOnlyList<string>? values)
    {
        var times = new List<CallBackTime>();
        foreach (var value in values ?? [])
        {
            // By name only: Enum.TryParse would also take "0" or "Morning, Afternoon".
            if (!Enum.GetNames<CallBackTime>().Contains(value, StringComparer.Ordinal))
            {
                return null;
            }

            times.Add(Enum.Parse<CallBackTime>(value));
        }

        return times.Count == 0 ? null : times.Distinct().Order().ToList();
    }

    private static string? Note(string? typed, ValidationErrors errors)
    {
        // Line breaks are the only control characters a note may have; every other hidden character is refused.
        var note = typed?.ReplaceLineEndings("\n").Trim();
        if (string.IsNullOrEmpty(note))
        {
            return null;
        }

        if (note.Length > MaximumNoteLength)
        {
            errors.Add("note", $"Your note can have at most {MaximumNoteLength} characters; it has {note.Length}. Shorten it: the practice will ask you the rest when it calls.");
        }
        else if (note.Split('\n').Any(line => HiddenCharacters.First(line) is not null))
        {
            errors.Add("note", $"Your note {HiddenCharacters.FieldMessage}");
        }

        return note;
    }
}
