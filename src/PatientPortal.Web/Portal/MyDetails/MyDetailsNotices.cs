using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal.MyDetails;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>
/// What a saved form did, carried to the page it redirects to (<c>?saved=</c>), so reloading never posts it again.
/// </summary>
public static class MyDetailsNotices
{
    public const string Password = "password";
    public const string EmailSent = "email-sent";
    public const string EmailKept = "email-kept";
    public const string Mobile = "mobile";
    public const string MobileRemoved = "mobile-removed";
    public const string Messages = "messages";
    public const string Unchanged = "unchanged";

    public static string For(ContactDetailsChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Nothing)
        {
            return Unchanged;
        }

        var done = new List<string>();
        if (change.ConfirmationSentTo is not null)
        {
            done.Add(EmailSent);
        }

        if (change.EmailChangeCancelled)
        {
            done.Add(EmailKept);
        }

        if (change.MobileChanged)
        {
            done.Add(change.MobileRemoved ? MobileRemoved : Mobile);
        }

        return string.Join(',', done);
    }

    /// <summary>The sentences for the page, as the patient's details are now.</summary>
    public static IReadOnlyList<string> Read(string? saved, Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var notices = new List<string>();
        foreach (var key in (saved ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct())
        {
            var notice = key switch
            {
                Password => "Your password is changed. You are still signed in here, and every other device you were signed in on has been signed out.",
                EmailSent when patient.PendingEmail is { } pending =>
                    $"We have sent a link to {pending}. Open it to start using that address; until then we keep using {patient.Email}.",
                EmailKept => $"We keep using {patient.Email}. The link we sent to the other address no longer works.",
                Mobile => $"Your mobile number is saved: {patient.Mobile}.",
                MobileRemoved => "Your mobile number is removed, so we will not send you text messages.",
                Messages => "Your message preferences are saved.",
                Unchanged => "Nothing needed saving: these are the details we already had.",
                _ => null,
            };
            if (notice is not null)
            {
                notices.Add(notice);
            }
        }

        return notices;
    }
}
