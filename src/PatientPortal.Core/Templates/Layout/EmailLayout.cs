using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates.Html;

namespace PatientPortal.Core.Templates.Layout;

/// <summary>An email as it goes: the HTML document, its text part, and what the sanitiser took out on the way.</summary>
public sealed record LaidOutEmail(string Html, string Text, IReadOnlyList<string> Removed);

/// <summary>
/// Puts a message's HTML body into the practice's email layout (a template of its own, <see cref="TemplatePurpose.EmailLayout"/>)
/// when the email is sent, so every email, queued or written at send time, goes in the layout current then and
/// the outbox keeps only each message's own body. The laid-out HTML passes the sanitiser as a whole and goes in
/// an <see cref="EmailDocument"/>; the text part is derived from it, footer and all. The layout's part is
/// sanitised once per version (<see cref="LayoutFrames"/>), each body with every email.
/// </summary>
public sealed class EmailLayout(TemplateRenderer renderer, MessageModels models, IOptions<PracticeOptions> practice)
{
    private readonly LayoutFrames _frames = new();

    /// <summary>The body in the stored layout (or alone, should there be none); <paramref name="purpose"/> says why it was sent.</summary>
    public LaidOutEmail Apply(TemplateSet templates, TemplatePurpose? purpose, PatientData patient, string subject, string body) =>
        LayOut(templates, EmailReasons.For(purpose, models.Practice.Name), patient, subject, body);

    /// <summary>A message of <paramref name="purpose"/> as it is sent: its reason is the message's (<see cref="EmailReasons.For(MessagePurpose, string)"/>).</summary>
    public LaidOutEmail Apply(TemplateSet templates, MessagePurpose purpose, PatientData patient, string subject, string body) =>
        LayOut(templates, EmailReasons.For(purpose, models.Practice.Name), patient, subject, body);

    /// <summary>The layout text being edited, around the sample message of <paramref name="model"/>; it must parse.</summary>
    public LaidOutEmail Apply(string layout, TemplateModel model, string subject) => Finish(subject, renderer.RenderHtml(layout, model));

    /// <summary>What the layout sees: the patient, the practice, the message's HTML and why it was sent.</summary>
    public TemplateModel Model(TemplatePurpose? purpose, PatientData patient, string body) => Model(EmailReasons.For(purpose, models.Practice.Name), patient, body);

    private TemplateModel Model(string reason, PatientData patient, string body) => new(patient, models.Practice, Content: body, Reason: reason);

    private LaidOutEmail LayOut(TemplateSet templates, string reason, PatientData patient, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(templates);
        if (templates.Find(TemplatePurpose.EmailLayout, MessageChannel.Email) is not { } layout)
        {
            return Finish(subject, body);
        }

        if (_frames.For(layout, renderer.RenderHtml(layout, Model(reason, patient, LayoutFrames.Slot))) is not { } frame)
        {
            return Finish(subject, renderer.RenderHtml(layout, Model(reason, patient, body)));
        }

        var (html, removed) = frame.Around(body);
        return new LaidOutEmail(EmailDocument.Wrap(html, subject, practice.Value.Culture), HtmlText.From(html), removed);
    }

    private LaidOutEmail Finish(string subject, string html)
    {
        var (safe, removed) = SafeEmailHtml.Clean(html);
        return new LaidOutEmail(EmailDocument.Wrap(safe, subject, practice.Value.Culture), HtmlText.From(safe), removed);
    }
}
