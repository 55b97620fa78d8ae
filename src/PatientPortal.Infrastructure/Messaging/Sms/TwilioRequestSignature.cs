using System.Security.Cryptography;
using System.Text;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Twilio's webhook signature: Base64 of HMAC-SHA1, keyed with the auth token, over the full URL followed by
/// every POST parameter as name then value, sorted by name (and by value for a repeated name).
/// </summary>
public static class TwilioRequestSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio defines the signature as HMAC-SHA1; we verify it, we do not choose it.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    /// <summary>
    /// True when the signature matches the URL as given or the same URL with its scheme's default port written
    /// out (or left out): Twilio signs some callbacks one way and some the other, as its own helper libraries allow.
    /// </summary>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(signature);
        var fields = parameters.ToList();
        var valid = false;
        foreach (var candidate in WithAndWithoutDefaultPort(url))
        {
            // Every candidate is checked, so the time taken does not tell which form matched.
            valid |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(authToken, candidate, fields)), given);
        }

        return valid;
    }

    private static IEnumerable<string> WithAndWithoutDefaultPort(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || !uri.IsDefaultPort)
        {
            yield break;
        }

        var authority = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.UserInfo, UriFormat.UriEscaped);
        var rest = url[authority.Length..];
        var explicitPort = $":{uri.Port}";
        if (rest.StartsWith(explicitPort, StringComparison.Ordinal))
        {
            yield return authority + rest[explicitPort.Length..];
        }
        else
        {
            yield return authority + explicitPort + rest;
        }
    }
}
