using System.Security.Cryptography;
using System.Text;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>
/// Signs a webhook as Twilio's webhook-security documentation describes it, written apart from the code under
/// test: Base64 of the HMAC (SHA-1, or SHA-256 with a signing key) over the URL and each field's name and value, sorted by name.
/// </summary>
internal static class TwilioTestSignature
{
    public static string Sign(string secret, string url, IReadOnlyDictionary<string, string> fields, bool sha256 = false)
    {
        var data = new StringBuilder(url);
        foreach (var name in fields.Keys.Order(StringComparer.Ordinal))
        {
            data.Append(name).Append(fields[name]);
        }

        var key = Encoding.UTF8.GetBytes(secret);
        var bytes = Encoding.UTF8.GetBytes(data.ToString());
#pragma warning disable CA5350 // Twilio's legacy webhook signature is HMAC-SHA1.
        return Convert.ToBase64String(sha256 ? HMACSHA256.HashData(key, bytes) : HMACSHA1.HashData(key, bytes));
#pragma warning restore CA5350
    }
}
