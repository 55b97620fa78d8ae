using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Texts the package shipped before and has since improved. A stored template still holding one of them, as the
/// package wrote it and nobody has saved since, is given the current shipped text on start (a new version, so the
/// history shows it and <em>Revert</em> brings the old one back); a template staff edited is never touched.
/// </summary>
public static class SupersededDefaults
{
    /// <summary>
    /// Before family members were told to sign in with their primary account holder's account; then before the payment
    /// email promised paying online only when a payment provider is enabled (<c>appointment.pay_online</c>).
    /// </summary>
    public static IReadOnlyList<DefaultTemplate> All { get; } =
    [
        new(TemplatePurpose.PaymentInAdvance, MessageChannel.Email, "Please pay for your video consultation on {{ appointment.date }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>Your {{ appointment.service }} is booked for {{ appointment.date }} at {{ appointment.time }}. Please pay {{ appointment.amount }} before the consultation.</p>
            {% if patient.has_account %}
            {{ TRD104 | button: "Sign in and pay" }}
            {% else %}
            <p>Set up your patient portal account (it takes a minute) and you will go straight to the payment:</p>
            {{ TRD104 | button: "Set up my account and pay" }}
            {% endif %}
            """),
        new(TemplatePurpose.PaymentInAdvance, MessageChannel.Email, "Please pay for your video consultation on {{ appointment.date }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>Your {{ appointment.service }} is booked for {{ appointment.date }} at {{ appointment.time }}. Please pay {{ appointment.amount }} before the consultation.</p>
            {% if patient.has_account %}
            {{ TRD104 | button: "Sign in and pay" }}
            {% elsif patient.is_family_member %}
            <p>{{ holder.full_name }} manages {{ patient.given_name }}'s patient portal: sign in with {{ holder.given_name }}'s account to pay for {{ patient.full_name }}.</p>
            {{ TRD104 | button: "Sign in and pay" }}
            {% else %}
            <p>Set up your patient portal account (it takes a minute) and you will go straight to the payment:</p>
            {{ TRD104 | button: "Set up my account and pay" }}
            {% endif %}
            """),
        new(TemplatePurpose.PaymentInAdvance, MessageChannel.Sms, null,
            "{{ practice.name }}: pay {{ appointment.amount }} before your video call: {{ TRD104 }}"),

        new(TemplatePurpose.Recall, MessageChannel.Email, "Time to book your {{ service.name }}", """
            <p>Dear {{ patient.given_name }},</p>
            <p>You are due for your {{ service.name }} on {{ recall.due_date }}.</p>
            {% if patient.has_account %}
            {{ TRD89 | button: "Book online" }}
            {% else %}
            <p>Set up your patient portal account and book straight away:</p>
            {{ TRD89 | button: "Set up my account and book" }}
            {% endif %}
            """),
        new(TemplatePurpose.Recall, MessageChannel.Sms, null,
            "{{ practice.name }}: you are due for your {{ service.name }}. Book online: {{ TRD89 }}"),
    ];

    /// <summary>True when <paramref name="template"/> holds a superseded text of its purpose and channel, unedited.</summary>
    public static bool Holds(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.UpdatedBy == TemplateDefaults.Actor
            && All.Any(text => text.Purpose == template.Purpose && text.Channel == template.Channel && text.Subject == template.Subject && text.Body == template.Body);
    }
}
