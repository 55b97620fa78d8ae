using System.Text.Json.Serialization;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

/// <summary>A template's current text. Send <see cref="Version"/> back as expectedVersion when saving.</summary>
public sealed record TemplateResponse(
    [property: JsonConverter(typeof(JsonStringEnumConverter<TemplatePurpose>))] TemplatePurpose Purpose,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MessageChannel>))] MessageChannel Channel,
    string? Subject,
    string Body,
    int Version,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public static TemplateResponse From(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template.Purpose, template.Channel, template.Subject, template.Body, template.Version, template.UpdatedAt, template.UpdatedBy);
    }
}

public sealed record TemplateVersionResponse(int Version, string? Subject, string Body, DateTimeOffset CreatedAt, string CreatedBy, string? Note)
{
    public static TemplateVersionResponse From(MessageTemplateVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.Version, version.Subject, version.Body, version.CreatedAt, version.CreatedBy, version.Note);
    }
}

/// <summary>An SMS's length: characters as people count them, units as the network does (septets or UTF-16), and billed segments.</summary>
public sealed record SmsLengthResponse(
    int Characters,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SmsEncoding>))] SmsEncoding Encoding,
    int Units,
    int Segments,
    int UnitsPerSegment);

/// <summary>A rendered preview; <see cref="Problems"/> lists what would still stop a save.</summary>
public sealed record TemplatePreviewResponse(
    [property: JsonConverter(typeof(JsonStringEnumConverter<TemplatePurpose>))] TemplatePurpose Purpose,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MessageChannel>))] MessageChannel Channel,
    string? Subject,
    string? Html,
    string Text,
    SmsLengthResponse? Sms,
    IReadOnlyList<TemplateProblem> Problems)
{
    public static TemplatePreviewResponse From(TemplatePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var sms = preview.Sms is { } length ? new SmsLengthResponse(length.Characters, length.Encoding, length.Units, length.Segments, length.UnitsPerSegment) : null;
        return new(preview.Purpose, preview.Channel, preview.Subject, preview.Html, preview.Text, sms, preview.Problems);
    }
}

public sealed record TokenResponse(
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TokenKind>))] TokenKind Kind,
    string Description,
    string Sample,
    IReadOnlyList<string> Purposes)
{
    public static TokenResponse From(TokenInfo token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(token.Name, token.Kind, token.Description, token.Sample, token.Purposes.Select(purpose => purpose.ToString()).ToList());
    }
}
