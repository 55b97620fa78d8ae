using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates.Layout;

/// <summary>Why the patient is getting an email, for the layout's footer (<c>{{ message.reason }}</c>).</summary>
public static class EmailReasons
{
    public static string For(TemplatePurpose? purpose, string practice) => purpose switch
    {
        TemplatePurpose.PortalInvitation => $"You are getting this email because {practice} invited you to its patient portal.",
        TemplatePurpose.PasswordReset => $"You are getting this email because a link to choose a new {practice} patient portal password was asked for with your email address.",
        TemplatePurpose.SignUpConfirmation => $"You are getting this email because your email address was used to sign up to the {practice} patient portal.",
        TemplatePurpose.EmailChangeConfirmation => $"You are getting this email because this address was given for a {practice} patient portal account.",
        TemplatePurpose.PaymentInAdvance => $"You are getting this email because you have an appointment with {practice} that is paid in advance.",
        TemplatePurpose.Recall => $"You are getting this email because you are a patient of {practice} and are due for an appointment.",
        _ => $"You are getting this email because you are a patient of {practice}.",
    };

    /// <summary>A message's reason: its template's, or for a message with no template (one to the practice itself) its own.</summary>
    public static string For(MessagePurpose purpose, string practice) => purpose == MessagePurpose.CallBackRequest
        ? $"You are getting this email because a patient asked the {practice} patient portal for a call back."
        : For(TemplatePurposes.For(purpose), practice);
}
