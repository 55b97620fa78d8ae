namespace PatientPortal.Core.Templates.Limits;

/// <summary>
/// Where a render that went over a limit went over it, as problems staff can find: the range with those
/// bounds, the filter that grew the text, the capture, or (for the message as a whole) its loops.
/// </summary>
internal static class LimitProblems
{
    /// <summary>Located in the body, else in the subject, else on the body as a whole.</summary>
    public static IReadOnlyList<TemplateProblem> Of(TemplateLimitException exception, string body, string? subject)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var (field, text) in new[] { (TemplateProblem.BodyField, body), (TemplateProblem.SubjectField, subject) })
        {
            if (text is null)
            {
                continue;
            }

            var positions = Places(exception.Site, new LiquidSource(text));
            if (positions.Count > 0)
            {
                return positions.Select(position => TemplateProblem.At(field, position, TemplateProblemKind.RenderFailed, exception.Message)).ToList();
            }
        }

        return [TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.RenderFailed, exception.Message)];
    }

    private static IReadOnlyList<TemplatePosition> Places(LimitSite site, LiquidSource source) => site switch
    {
        LimitSite.Range range => source.FindRange(range.From, range.To),
        LimitSite.Filter filter => source.FindFilter(filter.Name),
        LimitSite.Capture capture => source.FindCapture(capture.Name),
        _ => source.FindLoops(),
    };
}
