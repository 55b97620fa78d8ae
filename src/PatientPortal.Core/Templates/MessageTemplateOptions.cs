using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Templates;

/// <summary>Limits on what staff may save as a template (<c>PatientPortal:Templates</c>).</summary>
public sealed class MessageTemplateOptions
{
    /// <summary>The longest an SMS may be, in segments, measured on the text rendered with realistic sample values; each segment is billed.</summary>
    [Range(1, 10)]
    public int MaxSmsSegments { get; set; } = 3;
}
