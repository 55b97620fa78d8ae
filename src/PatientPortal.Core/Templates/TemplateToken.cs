using System.Globalization;

namespace PatientPortal.Core.Templates;

/// <summary>
/// One name a template can print (<c>patient.given_name</c>, <c>TRD104</c>), what it means, where it may be
/// used, and how its value comes out of a <see cref="TemplateModel"/>.
/// </summary>
public sealed class TemplateToken(string name, TokenKind kind, string description, TokenScope scope, Func<TemplateModel, CultureInfo, object?> value)
{
    public string Name { get; } = name;

    public TokenKind Kind { get; } = kind;

    public string Description { get; } = description;

    public TokenScope Scope { get; } = scope;

    /// <summary>The part after the group (<c>given_name</c> of <c>patient.given_name</c>), or the whole name of a top-level token.</summary>
    public string Member { get; } = name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>
    /// True for the invitation appendix (TRD92) and the layout's content: HTML the practice wrote (and the
    /// validator passed), which goes into an email as it is. Every other value is encoded, and may not be
    /// printed with <c>raw</c>.
    /// </summary>
    public bool IsHtml => Name is TrdTokens.InvitationAppendix or TemplateTokens.LayoutContent;

    public bool AllowedIn(TemplatePurpose purpose) => Scope.Allows(purpose);

    public string? Refusal(TemplatePurpose purpose) => Scope.Refusal(Name, purpose);

    public object? ValueIn(TemplateModel model, CultureInfo culture) => value(model, culture);
}
