using System.Text.RegularExpressions;
using Fluid;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates.Html;
using PatientPortal.Core.Templates.Layout;
using PatientPortal.Core.Templates.Limits;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Decides whether staff may save a template text, and if not says why and where: Liquid that does not parse,
/// names that are not tokens (or not tokens of this purpose), unknown filters, email HTML the sanitiser would
/// change, a missing subject, and an SMS longer than the segment limit with realistic sample values.
/// </summary>
public sealed partial class TemplateValidator(TemplateRenderer renderer, TemplateSamples samples, IOptions<MessageTemplateOptions> options)
{
    /// <summary>The subject column's size.</summary>
    public const int MaxSubjectLength = 500;

    /// <summary>Far above any real message; stops a paste accident from being stored and rendered.</summary>
    public const int MaxBodyLength = 100_000;

    // Liquid's own members of any value (patient.given_name.size).
    private static readonly HashSet<string> SpecialMembers = new(["size", "first", "last"], StringComparer.Ordinal);

    public IReadOnlyList<TemplateProblem> Validate(TemplatePurpose purpose, MessageChannel channel, string? subject, string? body, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var problems = new List<TemplateProblem>();
        var hasSubject = TemplatePurposes.HasSubject(purpose, channel);
        if (hasSubject)
        {
            if (string.IsNullOrWhiteSpace(subject))
            {
                problems.Add(TemplateProblem.Whole(TemplateProblem.SubjectField, TemplateProblemKind.Required, "An email needs a subject."));
            }
            else if (subject.Length > MaxSubjectLength)
            {
                problems.Add(TemplateProblem.Whole(TemplateProblem.SubjectField, TemplateProblemKind.TooLong, $"The subject is {subject.Length} characters; the limit is {MaxSubjectLength}."));
            }
            else
            {
                problems.AddRange(CheckLiquid(TemplateProblem.SubjectField, subject, purpose));
            }
        }
        else if (!string.IsNullOrWhiteSpace(subject))
        {
            problems.Add(TemplateProblem.Whole(TemplateProblem.SubjectField, TemplateProblemKind.NotAllowed, (channel, purpose) switch
            {
                (MessageChannel.Sms, _) => "An SMS has no subject; leave it empty.",
                (_, TemplatePurpose.EmailLayout) => "The email layout has no subject: every email keeps its own. Leave it empty.",
                _ => "The invitation appendix has no subject: it is added to the body of other messages. Leave it empty.",
            }));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.Required, channel == MessageChannel.Sms ? "The SMS needs a text." : "The email needs a body."));
            return problems;
        }

        if (body.Length > MaxBodyLength)
        {
            problems.Add(TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.TooLong, $"The body is {body.Length} characters; the limit is {MaxBodyLength}."));
            return problems;
        }

        problems.AddRange(CheckLiquid(TemplateProblem.BodyField, body, purpose));
        problems.AddRange(LayoutProblems.Of(purpose, channel, subject, body));
        if (channel == MessageChannel.Email)
        {
            problems.AddRange(EmailHtmlCheck.Check(body, new LiquidSource(body)));
            problems.AddRange(RawProblems(body, purpose));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(CheckRendered(purpose, channel, subject, body, templates));
        }

        return problems;
    }

    /// <summary>Liquid syntax, then every name and filter the text uses; each problem at each place it is written.</summary>
    private List<TemplateProblem> CheckLiquid(string field, string text, TemplatePurpose purpose)
    {
        if (!TemplateRenderer.TryParse(text, out var template, out var error))
        {
            return [SyntaxProblem(field, error ?? "The Liquid is not valid.")];
        }

        var problems = new List<TemplateProblem>();
        var source = new LiquidSource(text);
        var references = TemplateReferences.Of(template!);
        foreach (var path in references.Variables)
        {
            if (TokenProblem(path, purpose) is { } problem)
            {
                var (kind, message) = problem;
                problems.AddRange(Located(field, source.FindName(path), kind, message));
            }
        }

        foreach (var filter in references.Filters.Where(filter => !renderer.KnowsFilter(filter)))
        {
            problems.AddRange(Located(field, source.FindFilter(filter), TemplateProblemKind.UnknownFilter, $"There is no Liquid filter '{filter}'."));
        }

        foreach (var tag in references.FileTags)
        {
            problems.AddRange(Located(field, source.FindName(tag), TemplateProblemKind.UnsupportedTag, $"'{tag}' reads other template files, which message templates do not have."));
        }

        return problems;
    }

    /// <summary><c>raw</c> skips the HTML encoding that keeps patient data from changing an email; only TRD92 is HTML.</summary>
    private static IEnumerable<TemplateProblem> RawProblems(string body, TemplatePurpose purpose)
    {
        if (!TemplateRenderer.TryParse(body, out var template, out _) || !TemplateReferences.Of(template!).RawOnOtherThanHtml)
        {
            return [];
        }

        var html = TemplateTokens.All.Where(token => token.IsHtml).Select(token => token.Name).ToHashSet(StringComparer.Ordinal);
        var what = purpose == TemplatePurpose.EmailLayout
            ? $"only {TemplateTokens.LayoutContent} (the message the layout wraps, HTML the practice wrote)"
            : $"only {TrdTokens.InvitationAppendix} (the invitation appendix, HTML the practice wrote)";
        return Located(TemplateProblem.BodyField, new LiquidSource(body).FindRawNotOn(html), TemplateProblemKind.UnsafeHtml,
            $"'raw' prints a value as HTML, unencoded; {what} may be printed raw. Patient data and other values are encoded so that they cannot change the email; write HTML in the template itself.");
    }

    private static (TemplateProblemKind Kind, string Message)? TokenProblem(string path, TemplatePurpose purpose)
    {
        var token = Token(path);
        if (token is not null)
        {
            return token.Refusal(purpose) is { } refusal ? (TemplateProblemKind.TokenNotAllowed, refusal) : null;
        }

        if (TemplateTokens.Group(path) is { } group)
        {
            return (TemplateProblemKind.UnknownToken, $"'{path}' is a group of tokens; write one of them: {string.Join(", ", group.Members.Select(member => member.Name))}.");
        }

        var suggestion = TemplateTokens.All.Where(candidate => candidate.AllowedIn(purpose))
            .Select(candidate => (candidate.Name, Distance: Distance(path, candidate.Name)))
            .Where(candidate => candidate.Distance <= 3)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
        return (TemplateProblemKind.UnknownToken, $"'{path}' is not a token." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
    }

    /// <summary>The token a path names, allowing Liquid's own members after it (<c>patient.given_name.size</c>).</summary>
    private static TemplateToken? Token(string path)
    {
        var parts = path.Split('.');
        for (var length = parts.Length; length > 0; length--)
        {
            if (TemplateTokens.Find(string.Join('.', parts[..length])) is { } token)
            {
                return parts[length..].All(SpecialMembers.Contains) ? token : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Renders with sample data, as an account holder, as a patient without one (the appendix and invitation links are
    /// longer) and as a family member (whose holder's name the text may carry); an email's HTML is rendered again with
    /// every branch taken, for the sanitiser.
    /// </summary>
    private IEnumerable<TemplateProblem> CheckRendered(TemplatePurpose purpose, MessageChannel channel, string? subject, string body, TemplateSet templates)
    {
        var longest = 0;
        var unsafeHtml = new List<TemplateProblem>();
        foreach (var (hasAccount, familyMember) in new[] { (false, false), (true, false), (false, true) })
        {
            var model = samples.Model(purpose, channel, TemplateSamples.Patient(hasAccount), familyMember, templates);
            try
            {
                if (channel == MessageChannel.Sms)
                {
                    longest = Math.Max(longest, SmsLength.Of(renderer.RenderSms(body, model)).Segments);
                }
                else
                {
                    renderer.RenderEmail(subject ?? string.Empty, body, model);
                    unsafeHtml.AddRange(RenderedHtmlCheck.Check(renderer, body, model));
                }
            }
            catch (TemplateLimitException exception)
            {
                return LimitProblems.Of(exception, body, subject);
            }
            catch (Exception exception) when (exception is InvalidOperationException or FluidException or ArgumentException or FormatException or OverflowException)
            {
                return [TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.RenderFailed, $"The template cannot be rendered with sample data: {exception.Message}")];
            }
        }

        var limit = options.Value.MaxSmsSegments;
        return longest > limit
            ? [TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.SmsTooLong, $"The text is {longest} segments with sample data; the limit is {limit}.")]
            : unsafeHtml.Distinct().ToList();
    }

    private static TemplateProblem SyntaxProblem(string field, string error)
    {
        var match = FluidError().Match(error);
        return match.Success
            ? new TemplateProblem(field, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), TemplateProblemKind.Syntax, Sentence(match.Groups["message"].Value))
            : TemplateProblem.Whole(field, TemplateProblemKind.Syntax, Sentence(error.Split('\n')[0]));
    }

    private static IEnumerable<TemplateProblem> Located(string field, IReadOnlyList<TemplatePosition> positions, TemplateProblemKind kind, string message) =>
        positions.Count == 0
            ? [TemplateProblem.Whole(field, kind, message)]
            : positions.Select(position => TemplateProblem.At(field, position, kind, message));

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    // Fluid: "End of tag '}}' was expected at (1:19)\nSource:\n…"
    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.Singleline)]
    private static partial Regex FluidError();
}
