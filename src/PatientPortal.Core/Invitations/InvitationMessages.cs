using System.Collections.Concurrent;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Invitations;

/// <summary>
/// Invitation and password-reset messages, written from the practice's templates. The link holds
/// <see cref="OutboxMessage.LinkTokenPlaceholder"/>: the token goes in at send time.
/// </summary>
public sealed class InvitationMessages(IPortalLinks links, TemplateRenderer renderer, MessageModels models)
{
    // The link is the same for every patient of a portal until the token goes in at send time; a bulk run
    // of 100,000 patients would otherwise build it 200,000 times.
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    public EmailMessage Email(Patient patient, Invitation invitation, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(templates);
        var email = renderer.RenderEmail(templates[invitation.Purpose.TemplatePurpose(), MessageChannel.Email], Model(patient, invitation));
        return new EmailMessage(patient.Email!, patient.DisplayName, email.Subject, email.HtmlBody, email.TextBody);
    }

    public string Sms(Patient patient, Invitation invitation, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(templates);
        return renderer.RenderSms(templates[invitation.Purpose.TemplatePurpose(), MessageChannel.Sms], Model(patient, invitation));
    }

    /// <summary>The link to an invitation page, with the placeholder where the token goes.</summary>
    public string Link(string? portalBaseUrl) =>
        _links.GetOrAdd(portalBaseUrl ?? string.Empty, portal => links.Invitation(OutboxMessage.LinkTokenPlaceholder, portal.Length == 0 ? null : portal).AbsoluteUri);

    private TemplateModel Model(Patient patient, Invitation invitation) =>
        models.For(patient) with { Link = Link(invitation.PortalBaseUrl), LinkExpiresIn = PlainWords.Duration(invitation.ExpiresAt - invitation.CreatedAt) };
}
