namespace PatientPortal.Core.Templates.Limits;

/// <summary>
/// A render stopped at one of <see cref="RenderLimits"/>. It is an <see cref="InvalidOperationException"/> as
/// Fluid's own step limit is, so whoever handles a template that does not render handles this too; the
/// validator reads <see cref="Site"/> to point at the place in the text.
/// </summary>
public sealed class TemplateLimitException(string message, LimitSite site) : InvalidOperationException(message)
{
    public LimitSite Site { get; } = site;
}

/// <summary>What went over a limit: a range, a filter, a capture, or the message as a whole (loops).</summary>
public abstract record LimitSite
{
    public sealed record Range(string From, string To) : LimitSite;

    public sealed record Filter(string Name) : LimitSite;

    public sealed record Capture(string Name) : LimitSite;

    public sealed record Loops : LimitSite;
}
