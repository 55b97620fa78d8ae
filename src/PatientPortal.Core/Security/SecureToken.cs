using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PatientPortal.Core.Security;

/// <summary>Link tokens: 256 random bits, Base64Url in the link, only the SHA-256 kept in the database.</summary>
public static class SecureToken
{
    public const int ByteLength = 32;

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteLength));

    /// <summary>The stored form. Null for anything that cannot be a token we issued, so a tampered token finds nothing.</summary>
    public static string? Hash(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 43 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }
}
