namespace PatientPortal.Core.Templates;

/// <summary>A token as the backoffice's picker lists it: what it is, a sample of what it prints, and where it may be used.</summary>
public sealed record TokenInfo(string Name, TokenKind Kind, string Description, string Sample, IReadOnlyList<TemplatePurpose> Purposes);
