using System.Net;
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
        return Compose(
            patient,
            $"Confirm your email to finish signing up to {PracticeName}",
            $"Thank you for signing up to the {PracticeName} patient portal.",
            "Confirm your email address to activate your account:",
            link,
            "Confirm my email",
            $"This link works once and expires in {expiry}. If it has expired, sign in with your email and password and we will send you a new one. If you did not sign up, you can ignore this email.");
    }

    public EmailMessage AlreadyRegistered(Patient patient)
    {
        var signIn = links.SignIn().AbsoluteUri;
        return patient.Account.Status == AccountStatus.Active
            ? Compose(
                patient,
                $"You already have a {PracticeName} patient portal account",
                "Someone, probably you, just tried to sign up to our patient portal with your details.",
                "You already have an account. Sign in with your email address and password:",
                signIn,
                "Sign in",
                "If you have forgotten your password, contact the practice. If this was not you, you can ignore this email: nothing has changed.")
            : Compose(
                patient,
                $"About your {PracticeName} patient portal sign-up",
                "Someone, probably you, just tried to sign up to our patient portal with your details.",
                "The practice already has your records, so no new registration was made. Ask the practice to send you a portal invitation and you can set up your account from it. You can also check the portal here:",
                signIn,
                "Open the patient portal",
                "If this was not you, you can ignore this email: nothing has changed.");
    }

    private string PracticeName => practice.Value.Name;

    internal static EmailMessage Compose(Patient patient, string subject, string greeting, string lead, string link, string linkText, string footer)
    {
        var name = patient.GivenName;
        var text = $"Dear {name},\n\n{greeting}\n\n{lead}\n{link}\n\n{footer}\n";
        var html = $"""
            <p>Dear {Encode(name)},</p>
            <p>{Encode(greeting)}</p>
            <p>{Encode(lead)}</p>
            <p><a href="{Encode(link)}">{Encode(linkText)}</a></p>
            <p>{Encode(footer)}</p>
            """;
        return new EmailMessage(patient.Email!, patient.DisplayName, subject, html, text);
    }

    internal static string Encode(string value) => WebUtility.HtmlEncode(value);
}
