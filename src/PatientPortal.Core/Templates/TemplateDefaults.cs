using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates.Layout;

namespace PatientPortal.Core.Templates;

/// <summary>A template's text as the package ships it.</summary>
public sealed record DefaultTemplate(TemplatePurpose Purpose, MessageChannel Channel, string? Subject, string Body);

/// <summary>
/// The texts every practice starts with: one email and one SMS per purpose, and the email layout they are sent
/// in. Marketing staff edit them in the backoffice; these only fill a gap (a new install, a purpose added by an
/// upgrade). The payment-in-advance SMS fits one segment with realistic values (a 97-character link). The payment and
/// recall texts tell a family member's household whose account opens the link: the primary account holder's.
/// </summary>
public static class TemplateDefaults
{
    public static IReadOnlyList<DefaultTemplate> All { get; } =
    [
        new(TemplatePurpose.PortalInvitation, MessageChannel.Email, "Your invitation to the {{ practice.name }} patient portal", """
            <p>Dear {{ patient.given_name }},</p>
            <p>{{ practice.name }} invites you to our patient portal, where you can book appointments and manage your care online.</p>
            <p>Open the link, confirm your family name, choose a password and you are in:</p>
            {{ link | button: "Set up my account" }}
            <p>This link works once and expires in {{ link_expires_in }}. If it has expired, open it anyway and ask for a new one.</p>
            """),
        new(TemplatePurpose.PortalInvitation, MessageChannel.Sms, null,
            "{{ practice.name }} invites you to our patient portal. Set up your account here (expires in {{ link_expires_in }}): {{ link }}"),

        new(TemplatePurpose.PasswordReset, MessageChannel.Email, "Reset your {{ practice.name }} patient portal password", """
            <p>Dear {{ patient.given_name }},</p>
            <p>Here is a link to choose a new password for your {{ practice.name }} patient portal account. We send one when you or the practice ask for it, and when several wrong passwords have been tried for your email address.</p>
            <p>Open the link, confirm your family name and choose a new password:</p>
            {{ link | button: "Choose a new password" }}
            <p>This link works once and expires in {{ link_expires_in }}. If it has expired, open it anyway and ask for a new one. If you did not expect this, you can ignore it: your password stays the same, and we slow down anyone trying to guess it.</p>
            """),
        new(TemplatePurpose.PasswordReset, MessageChannel.Sms, null,
            "{{ practice.name }}: choose a new patient portal password here (expires in {{ link_expires_in }}): {{ link }}"),

        new(TemplatePurpose.SignUpConfirmation, MessageChannel.Email, "Confirm your email to finish signing up to {{ practice.name }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>Thank you for signing up to the {{ practice.name }} patient portal.</p>
            <p>Confirm your email address to activate your account:</p>
            {{ link | button: "Confirm my email" }}
            <p>This link works once and expires in {{ link_expires_in }}. If it has expired, sign in with your email and password and we will send you a new one. If you did not sign up, you can ignore this email.</p>
            """),
        new(TemplatePurpose.SignUpConfirmation, MessageChannel.Sms, null,
            "{{ practice.name }}: confirm your patient portal sign-up here (expires in {{ link_expires_in }}): {{ link }}"),

        new(TemplatePurpose.EmailChangeConfirmation, MessageChannel.Email, "Confirm your new email address for {{ practice.name }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>You asked to use this email address for your {{ practice.name }} patient portal account. Confirm it, and from then on you sign in with it and we write to it:</p>
            {{ link | button: "Confirm my new email address" }}
            <p>This link works once and expires in {{ link_expires_in }}. Until you confirm, we keep using your old address. If you did not ask for this, you can ignore this email: nothing changes.</p>
            """),
        new(TemplatePurpose.EmailChangeConfirmation, MessageChannel.Sms, null,
            "{{ practice.name }}: confirm your new patient portal email address here (expires in {{ link_expires_in }}): {{ link }}"),

        new(TemplatePurpose.InvitationAppendix, MessageChannel.Email, null, """
            <p>You can also book and manage your appointments online: <a href="{{ link }}">set up your {{ practice.name }} patient portal account</a>. The link expires in {{ link_expires_in }}.</p>
            """),
        new(TemplatePurpose.InvitationAppendix, MessageChannel.Sms, null,
            "Manage your appointments online: {{ link }}"),

        new(TemplatePurpose.PaymentInAdvance, MessageChannel.Email, "Please pay for your video consultation on {{ appointment.date }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>Your {{ appointment.service }} is booked for {{ appointment.date }} at {{ appointment.time }}. Please pay {{ appointment.amount }} before the consultation.</p>
            {% if patient.has_account and appointment.pay_online %}
            {{ TRD104 | button: "Sign in and pay" }}
            {% elsif patient.has_account %}
            {{ TRD104 | button: "Sign in to see how to pay" }}
            {% elsif patient.is_family_member and appointment.pay_online %}
            <p>{{ holder.full_name }} manages {{ patient.given_name }}'s patient portal: sign in with {{ holder.given_name }}'s account to pay for {{ patient.full_name }}.</p>
            {{ TRD104 | button: "Sign in and pay" }}
            {% elsif patient.is_family_member %}
            <p>{{ holder.full_name }} manages {{ patient.given_name }}'s patient portal: sign in with {{ holder.given_name }}'s account to see how to pay for {{ patient.full_name }}.</p>
            {{ TRD104 | button: "Sign in to see how to pay" }}
            {% elsif appointment.pay_online %}
            <p>Set up your patient portal account (it takes a minute) and you will go straight to the payment:</p>
            {{ TRD104 | button: "Set up my account and pay" }}
            {% else %}
            <p>Set up your patient portal account (it takes a minute) to see your appointment and how to pay:</p>
            {{ TRD104 | button: "Set up my account" }}
            {% endif %}
            """),
        new(TemplatePurpose.PaymentInAdvance, MessageChannel.Sms, null,
            "{{ practice.name }}: pay {{ appointment.amount }} {% if patient.is_family_member %}for {{ patient.given_name }}'s{% else %}before your{% endif %} video call: {{ TRD104 }}"),

        new(TemplatePurpose.Recall, MessageChannel.Email, "Time to book your {{ service.name }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>You are due for your {{ service.name }} on {{ recall.due_date }}.</p>
            {% if patient.has_account %}
            {{ TRD89 | button: "Book online" }}
            {% elsif patient.is_family_member %}
            <p>{{ holder.full_name }} manages {{ patient.given_name }}'s patient portal: sign in with {{ holder.given_name }}'s account to book for {{ patient.full_name }}.</p>
            {{ TRD89 | button: "Sign in and book" }}
            {% else %}
            <p>Set up your patient portal account and book straight away:</p>
            {{ TRD89 | button: "Set up my account and book" }}
            {% endif %}
            """),
        new(TemplatePurpose.Recall, MessageChannel.Sms, null,
            "{{ practice.name }}: {% if patient.is_family_member %}{{ patient.given_name }} is due for {{ service.name }}{% else %}you are due for your {{ service.name }}{% endif %}. Book online: {{ TRD89 }}"),

        new(TemplatePurpose.EmailLayout, MessageChannel.Email, null, DefaultEmailLayout.Body),
    ];

    /// <summary>The package's name as the author of the shipped texts.</summary>
    public const string Actor = "PatientPortal";

    /// <summary>The shipped texts as (unsaved) templates at their first version.</summary>
    public static IReadOnlyList<MessageTemplate> Templates(DateTimeOffset now) =>
        All.Select(text => MessageTemplate.Create(text.Purpose, text.Channel, text.Subject, text.Body, Actor, now).Template).ToList();

    public static DefaultTemplate For(TemplatePurpose purpose, MessageChannel channel) =>
        All.Single(template => template.Purpose == purpose && template.Channel == channel);
}
