using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.SignUp;

/// <summary>The account emails that confirm an address (at sign-up, and when a patient changes it), written from the practice's templates.</summary>
public sealed class AccountEmails(IPortalLinks links, TemplateRenderer renderer, MessageModels models)
{
    public EmailMessage Confirmation(Patient patient, string token, TimeSpan lifetime, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var model = models.For(patient) with { Link = links.ConfirmEmail(token).AbsoluteUri, LinkExpiresIn = PlainWords.Duration(lifetime) };
        var email = renderer.RenderEmail(templates[TemplatePurpose.SignUpConfirmation, MessageChannel.Email], model);
        return new EmailMessage(patient.Email!, patient.DisplayName, email.Subject, email.HtmlBody, email.TextBody);
    }

    /// <summary>To the new address, not the one on file: opening its link is what proves the patient reads it.</summary>
    public EmailMessage EmailChangeConfirmation(Patient patient, string newEmail, string token, TimeSpan lifetime, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var model = models.For(patient) with { Link = links.ConfirmEmailChange(token).AbsoluteUri, LinkExpiresIn = PlainWords.Duration(lifetime) };
        var email = renderer.RenderEmail(templates[TemplatePurpose.EmailChangeConfirmation, MessageChannel.Email], model);
        return new EmailMessage(newEmail, patient.DisplayName, email.Subject, email.HtmlBody, email.TextBody);
    }
}
