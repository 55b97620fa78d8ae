using Microsoft.Extensions.Options;
using Twilio.Security;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Whether a webhook came from Twilio, by the helper library's <see cref="RequestValidator"/>: the
/// <c>X-Twilio-Signature</c> over the URL we gave Twilio (with or without the default port, as Twilio signs both
/// ways) and every form field. Without <c>X-Twilio-Webhooks-Signature-Settings</c> the secret is the auth token
/// (HMAC-SHA1); with it, the secret of the signing key it names, by the algorithm it names (HMAC-SHA256).
/// </summary>
public sealed class TwilioWebhookSignature(IOptions<TwilioOptions> options)
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public const string SettingsHeader = RequestValidator.SignatureSettingsHeader;

    /// <param name="fields">The form as posted. A name given twice is refused: the library signs one value per name.</param>
    public bool IsValid(string url, IEnumerable<KeyValuePair<string, string>> fields, string? signature, string? settings)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrEmpty(signature) || Secret(settings) is not { Length: > 0 } secret)
        {
            return false;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (!parameters.TryAdd(name, value))
            {
                return false;
            }
        }

        // The library tries the URL as given and with the default port written out, but takes ":443" that a URL
        // spells out for no port at all (Uri hides a default port); written without it, both forms are tried.
        var canonical = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed.AbsoluteUri : url;
        return new RequestValidator(secret).Validate(canonical, parameters, signature, RequestValidator.GetSignatureAlgorithm(settings));
    }

    /// <summary>The auth token, or the secret of the key the settings header names; null for a key we do not hold.</summary>
    private string? Secret(string? settings)
    {
        var twilio = options.Value;
        if (string.IsNullOrWhiteSpace(settings))
        {
            return twilio.AuthToken;
        }

        var key = settings.Split(',')
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim() == "key")
            .Select(pair => pair[1].Trim())
            .FirstOrDefault();
        return key is null ? twilio.AuthToken : twilio.WebhookSigningKeys.GetValueOrDefault(key);
    }
}
