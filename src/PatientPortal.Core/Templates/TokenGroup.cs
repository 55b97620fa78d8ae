namespace PatientPortal.Core.Templates;

/// <summary>Tokens written as members of one object (<c>patient.*</c>); the object exists only when the model has it.</summary>
public sealed record TokenGroup(string Name, Func<TemplateModel, bool> Present, IReadOnlyList<TemplateToken> Members);
