using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Invitations;

/// <summary>
/// Built-in wording of invitation and password-reset messages; the editable templates replace it when that
/// feature lands. The link holds <see cref="OutboxMessage.LinkTokenPlaceholder"/>: the token goes in at send time.
/// </summary>
public sealed class InvitationMessages(IPortalLinks links, IOptions<PracticeOptions> practice)
{
    // The link is the same for every patient of a portal until the token goes in at send time; a bulk run
    // of 100,000 patients would otherwise build it 200,000 times.
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    public EmailMessage Email(Patient patient, Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(invitation);
        var link = Link(invitation);
        var expiry = PlainWords.Duration(invitation.ExpiresAt - invitation.CreatedAt);
        return invitation.Purpose == InvitationPurpose.PasswordReset
            ? LinkEmail.Compose(
                patient,
                $"Reset your {PracticeName} patient portal password",
                $"{PracticeName} has sent you a link to choose a new password for your patient portal account.",
                "Open the link, confirm your family name and choose a new password:",
                link,
                "Choose a new password",
                $"This link works once and expires in {expiry}. If it has expired, open it anyway and ask for a new one. If you did not expect this, you can ignore it: your password stays the same.")
            : LinkEmail.Compose(
                patient,
                $"Your invitation to the {PracticeName} patient portal",
                $"{PracticeName} invites you to our patient portal, where you can book appointments and manage your care online.",
                "Open the link, confirm your family name, choose a password and you are in:",
                link,
                "Set up my account",
                $"This link works once and expires in {expiry}. If it has expired, open it anyway and ask for a new one.");
    }

    public string Sms(Patient patient, Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(invitation);
        var expiry = PlainWords.Duration(invitation.ExpiresAt - invitation.CreatedAt);
        return invitation.Purpose == InvitationPurpose.PasswordReset
            ? $"{PracticeName}: choose a new patient portal password here (expires in {expiry}): {Link(invitation)}"
            : $"{PracticeName} invites you to our patient portal. Set up your account here (expires in {expiry}): {Link(invitation)}";
    }

    private string PracticeName => practice.Value.Name;

    private string Link(Invitation invitation) =>
        _links.GetOrAdd(invitation.PortalBaseUrl ?? string.Empty, portal => links.Invitation(OutboxMessage.LinkTokenPlaceholder, portal.Length == 0 ? null : portal).AbsoluteUri);
}
