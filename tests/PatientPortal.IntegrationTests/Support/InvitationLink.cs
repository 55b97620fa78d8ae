using System.Net;
using System.Text.RegularExpressions;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>The invitation (or password-reset) link of an email, as the patient's mail program shows it.</summary>
public static partial class InvitationLink
{
    public static Uri Of(ReceivedEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var match = Link().Match(email.Html ?? string.Empty);
        Assert.True(match.Success, "The email has no invitation link.");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    public static string PathOf(ReceivedEmail email) => Of(email).PathAndQuery;

    public static string TokenOf(ReceivedEmail email) => Uri.UnescapeDataString(Of(email).Query["?token=".Length..]);

    [GeneratedRegex("href=\"([^\"]*/patient-portal/invitation\\?token=[^\"]+)\"")]
    private static partial Regex Link();
}
