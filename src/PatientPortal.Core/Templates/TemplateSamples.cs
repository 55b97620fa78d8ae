using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Templates.Layout;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Realistic values for previews and save checks: a patient with a longish name, an appointment next week, a
/// recall, and links as long as real ones. The links lead nowhere (their token is not one the portal ever
/// issued), so a preview creates no invitation and nothing in it can be used.
/// </summary>
public sealed class TemplateSamples(
    IPortalLinks links,
    MessageModels models,
    TemplateRenderer renderer,
    PracticeClock clock,
    IOptions<InvitationOptions> invitations,
    IOptions<SignUpOptions> signUp)
{
    /// <summary>As long as a real link token (43 characters), so an SMS preview counts what patients receive.</summary>
    public const string PreviewToken = "PREVIEW-this-sample-link-cannot-be-used-000";

    private static readonly Guid SampleAppointmentId = new("0190a000-0000-7000-8000-000000000104");
    private static readonly Guid SampleServiceId = new("0190a000-0000-7000-8000-000000000089");

    public static PatientData Patient(bool hasAccount) => new("Mrs", "Alexandra", "Fitzgerald-Brown", hasAccount);

    /// <summary>The primary account holder of the sample patient when previewed as a family member.</summary>
    public static HolderData Holder { get; } = new("Mr", "Maximilian", "Fitzgerald-Brown");

    /// <summary>The model a template of <paramref name="purpose"/> is rendered with for <paramref name="patient"/>.</summary>
    /// <param name="familyMember">
    /// A family member, as at send time: no invitation appendix (TRD92), TRD104 and TRD89 link to the page itself, and
    /// the <c>holder.*</c> tokens name <paramref name="holder"/> (the sample holder when none is given).
    /// </param>
    /// <param name="templates">The current templates, for the appendix TRD92 renders.</param>
    public TemplateModel Model(TemplatePurpose purpose, MessageChannel channel, PatientData patient, bool familyMember, TemplateSet templates, HolderData? holder = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(templates);
        var model = familyMember
            ? new TemplateModel(patient with { IsFamilyMember = true }, models.Practice, Holder: holder ?? Holder)
            : new TemplateModel(patient, models.Practice);
        var invitation = links.Invitation(PreviewToken).AbsoluteUri;
        var opensWithAnAccount = patient.HasAccount || familyMember;
        var appendix = !patient.HasAccount && !familyMember ? Appendix(channel, patient, templates) : string.Empty;
        var today = clock.Today;
        return purpose switch
        {
            TemplatePurpose.PortalInvitation or TemplatePurpose.InvitationAppendix =>
                model with { Link = invitation, LinkExpiresIn = PlainWords.Duration(invitations.Value.InvitationLifetime) },
            TemplatePurpose.PasswordReset =>
                model with { Link = invitation, LinkExpiresIn = PlainWords.Duration(invitations.Value.PasswordResetLifetime) },
            TemplatePurpose.SignUpConfirmation =>
                model with { Link = links.ConfirmEmail(PreviewToken).AbsoluteUri, LinkExpiresIn = PlainWords.Duration(signUp.Value.ConfirmationLinkLifetime) },
            TemplatePurpose.EmailChangeConfirmation =>
                model with { Link = links.ConfirmEmailChange(PreviewToken).AbsoluteUri, LinkExpiresIn = PlainWords.Duration(signUp.Value.ConfirmationLinkLifetime) },
            TemplatePurpose.PaymentInAdvance => model with
            {
                Appointment = new AppointmentData(new DateTimeOffset(today.AddDays(7).ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero), "Video consultation", 85.00m, VideoConsultation: true, Paid: false) { PayOnline = models.PayOnline },
                Trd104 = opensWithAnAccount ? links.Absolute(links.AppointmentPaymentPath(SampleAppointmentId)).AbsoluteUri : invitation,
                Trd92 = appendix,
            },
            TemplatePurpose.Recall => model with
            {
                Service = new ServiceData("Dental hygiene appointment"),
                Recall = new RecallData(today.AddDays(14)),
                Trd89 = opensWithAnAccount ? links.Absolute(links.BookingSearchPath(SampleServiceId)).AbsoluteUri : invitation,
                Trd92 = appendix,
            },
            TemplatePurpose.EmailLayout => model with
            {
                Content = LayoutSample(patient, templates).HtmlBody,
                Reason = EmailReasons.For(TemplatePurpose.PortalInvitation, model.Practice.Name),
            },
            _ => model,
        };
    }

    /// <summary>The message the layout wraps in its previews and checks: the portal invitation, as the patient would get it.</summary>
    public RenderedEmail LayoutSample(PatientData patient, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var invitation = Model(TemplatePurpose.PortalInvitation, MessageChannel.Email, patient, familyMember: false, templates);
        return renderer.RenderEmail(templates[TemplatePurpose.PortalInvitation, MessageChannel.Email], invitation);
    }

    /// <summary>What TRD92 renders for a patient without an account: the appendix template with a sample invitation link.</summary>
    public string Appendix(MessageChannel channel, PatientData patient, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var model = new TemplateModel(patient, models.Practice, Link: links.Invitation(PreviewToken).AbsoluteUri, LinkExpiresIn: PlainWords.Duration(invitations.Value.InvitationLifetime));
        var template = templates[TemplatePurpose.InvitationAppendix, channel];
        return channel == MessageChannel.Email ? renderer.RenderEmail(template, model).HtmlBody : renderer.RenderSms(template, model);
    }
}
