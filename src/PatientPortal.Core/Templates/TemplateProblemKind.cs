using System.Text.Json.Serialization;

namespace PatientPortal.Core.Templates;

/// <summary>Why a template text is refused, for screens that react to the kind (the message says it in words).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemplateProblemKind>))]
public enum TemplateProblemKind
{
    Syntax,
    UnknownToken,
    TokenNotAllowed,
    UnknownFilter,
    UnsupportedTag,
    UnsafeHtml,
    Required,
    NotAllowed,
    TooLong,
    SmsTooLong,
    RenderFailed,
}
