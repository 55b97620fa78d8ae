using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Templates.Layout;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Previews and the token picker. A preview renders with sample links that lead nowhere: it sends nothing,
/// queues nothing and creates no invitation, whether for the sample patient or a real one.
/// </summary>
public sealed class TemplatePreviewService(
    IMessageTemplateStore store,
    IPatientRepository patients,
    TemplateValidator validator,
    TemplateSamples samples,
    TemplateRenderer renderer,
    EmailLayout layout,
    MessageModels models)
{
    // Problems that leave nothing to render; the others (an SMS over the limit, a token of another purpose) are shown with the preview.
    private static readonly HashSet<TemplateProblemKind> Blocking =
    [
        TemplateProblemKind.Syntax, TemplateProblemKind.UnknownFilter, TemplateProblemKind.UnsupportedTag, TemplateProblemKind.TooLong, TemplateProblemKind.RenderFailed,
    ];

    public async Task<Result<TemplatePreview>> PreviewAsync(TemplatePurpose purpose, MessageChannel channel, PreviewTemplateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var templates = await store.CurrentAsync(cancellationToken);
        if (templates.Find(purpose, channel) is not { } stored)
        {
            return Failure.NotFound($"There is no {channel} template for {purpose}.");
        }

        var subject = command.Subject ?? stored.Subject;
        var body = command.Body ?? stored.Body;

        var (patient, familyMember, holder) = (TemplateSamples.Patient(hasAccount: false), false, (HolderData?)null);
        if (command.PatientId is { } patientId)
        {
            if (await patients.FindAsync(patientId, cancellationToken) is not { } found)
            {
                return Failure.NotFound($"There is no patient with id {patientId}.");
            }

            // A family member's preview names their real holder, as the message sent to them would.
            var holderOfFound = found.PrimaryAccountHolderId is { } holderId ? await patients.FindAsync(holderId, cancellationToken) : null;
            var foundModel = models.For(found, holderOfFound);
            (patient, familyMember, holder) = (foundModel.Patient, found.PrimaryAccountHolderId is not null, foundModel.Holder);
        }

        var problems = validator.Validate(purpose, channel, subject, body, templates);
        if (problems.Any(problem => Blocking.Contains(problem.Kind)) || string.IsNullOrWhiteSpace(body))
        {
            return TemplateService.Refused("The template cannot be previewed: fix the problems listed.", problems);
        }

        var model = samples.Model(purpose, channel, patient, familyMember, templates, holder);
        if (purpose == TemplatePurpose.EmailLayout)
        {
            // The layout around the sample message, as that email would be sent.
            var sample = samples.LayoutSample(patient, templates);
            var laidOut = layout.Apply(body, model, sample.Subject);
            return new TemplatePreview(purpose, channel, sample.Subject, laidOut.Html, laidOut.Text, null, problems);
        }

        if (channel == MessageChannel.Email)
        {
            var email = renderer.RenderEmail(subject ?? string.Empty, body, model);
            if (purpose == TemplatePurpose.InvitationAppendix)
            {
                return new TemplatePreview(purpose, channel, email.Subject, email.HtmlBody, email.TextBody, null, problems); // it goes inside other emails
            }

            var sent = layout.Apply(templates, purpose, patient, email.Subject, email.HtmlBody);
            return new TemplatePreview(purpose, channel, email.Subject, sent.Html, sent.Text, null, problems);
        }

        var text = renderer.RenderSms(body, model);
        return new TemplatePreview(purpose, channel, null, null, text, SmsLength.Of(text), problems);
    }

    /// <summary>The tokens a purpose allows, or every token with the purposes that allow it.</summary>
    public async Task<IReadOnlyList<TokenInfo>> TokensAsync(TemplatePurpose? purpose, CancellationToken cancellationToken)
    {
        var templates = await store.CurrentAsync(cancellationToken);
        var tokens = purpose is { } only ? TemplateTokens.AllowedIn(only) : TemplateTokens.All;
        return tokens.Select(token =>
        {
            var purposes = Enum.GetValues<TemplatePurpose>().Where(token.AllowedIn).ToList();
            // The holder's tokens print something only for a family member: show them as one would get it.
            var familyMember = token.Name.StartsWith("holder.", StringComparison.Ordinal);
            var model = samples.Model(purpose ?? purposes[0], MessageChannel.Sms, TemplateSamples.Patient(hasAccount: false), familyMember, templates);
            var sample = token.ValueIn(model, renderer.Culture) switch
            {
                bool value => value ? "true" : "false", // as Liquid prints it
                var value => Convert.ToString(value, renderer.Culture) ?? string.Empty,
            };
            return new TokenInfo(token.Name, token.Kind, token.Description, sample, purposes);
        }).ToList();
    }
}
