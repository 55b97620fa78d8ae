using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates.Layout;

/// <summary>
/// What the layout and the button ask of a text: the layout must print <c>{{ content }}</c> (or every email
/// would go without its message), and a button is HTML, so it belongs in an email's body, not in a text
/// message or a subject line.
/// </summary>
internal static class LayoutProblems
{
    public static IEnumerable<TemplateProblem> Of(TemplatePurpose purpose, MessageChannel channel, string? subject, string body)
    {
        var problems = new List<TemplateProblem>();
        if (References(body) is { } inBody)
        {
            if (purpose == TemplatePurpose.EmailLayout && !inBody.Uses(TemplateTokens.LayoutContent))
            {
                problems.Add(TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.Required,
                    $"The layout must print {{{{ {TemplateTokens.LayoutContent} }}}}: it is where each email's own message goes."));
            }

            if (channel == MessageChannel.Sms)
            {
                problems.AddRange(Buttons(TemplateProblem.BodyField, body, inBody, "A text message cannot show a button; write the link itself."));
            }
        }

        if (subject is not null && References(subject) is { } inSubject)
        {
            problems.AddRange(Buttons(TemplateProblem.SubjectField, subject, inSubject, "A subject line cannot show a button; put it in the body."));
        }

        return problems;
    }

    private static TemplateReferences? References(string text) =>
        TemplateRenderer.TryParse(text, out var template, out _) ? TemplateReferences.Of(template!) : null;

    private static IEnumerable<TemplateProblem> Buttons(string field, string text, TemplateReferences references, string message)
    {
        if (!references.Filters.Contains(EmailButton.Filter))
        {
            return [];
        }

        var positions = new LiquidSource(text).FindFilter(EmailButton.Filter);
        return positions.Count == 0
            ? [TemplateProblem.Whole(field, TemplateProblemKind.NotAllowed, message)]
            : positions.Select(position => TemplateProblem.At(field, position, TemplateProblemKind.NotAllowed, message));
    }
}
