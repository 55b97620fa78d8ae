namespace PatientPortal.Core.Templates;

/// <summary>
/// One reason a template text cannot be saved, and where: the field (<c>subject</c> or <c>body</c>) and, when
/// it is at one place, the line and column (from 1). A problem of the whole text (too long) has no position.
/// </summary>
public sealed record TemplateProblem(string Field, int? Line, int? Column, TemplateProblemKind Kind, string Message)
{
    public const string SubjectField = "subject";
    public const string BodyField = "body";

    public static TemplateProblem At(string field, TemplatePosition position, TemplateProblemKind kind, string message) =>
        new(field, position.Line, position.Column, kind, message);

    public static TemplateProblem Whole(string field, TemplateProblemKind kind, string message) => new(field, null, null, kind, message);

    /// <summary>The message with its place in front, as a person reads it ("Line 3, column 12: …").</summary>
    public override string ToString() => Line is { } line ? $"Line {line}, column {Column}: {Message}" : Message;
}
