using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.SignUp;

/// <summary>
/// The account emails of the sign-up flow. Built-in wording for now; editable templates replace these
/// when the templates feature lands.
/// </summary>
public sealed class AccountEmails(IPortalLinks links, IOptions<PracticeOptions> practice)
{
    public EmailMessage Confirmation(Patient patient, string token, TimeSpan lifetime)
    {
        var link = links.ConfirmEmail(token).AbsoluteUri;
        var expiry = PlainWords.Duration(lifetime);
        return LinkEmail.Compose(
            patient,
            $"Confirm your email to finish signing up to {PracticeName}",
            $"Thank you for signing up to the {PracticeName} patient portal.",
            "Confirm your email address to activate your account:",
            link,
            "Confirm my email",
            $"This link works once and expires in {expiry}. If it has expired, sign in with your email and password and we will send you a new one. If you did not sign up, you can ignore this email.");
    }

    private string PracticeName => practice.Value.Name;
}
