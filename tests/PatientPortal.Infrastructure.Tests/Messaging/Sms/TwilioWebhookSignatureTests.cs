using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Messaging.Sms;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>Webhook signatures checked by the helper library's RequestValidator, as we call it.</summary>
public sealed class TwilioWebhookSignatureTests
{
    // The worked example from Twilio's webhook-security documentation and helper-library samples.
    private const string Token = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string DocumentedSignature = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
    private const string KeyId = "webhooks_sharedkey_0123456789";
    private const string KeySecret = "a-signing-key-secret";

    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+14158675309",
        ["Digits"] = "1234",
        ["From"] = "+14158675309",
        ["To"] = "+18005551212",
    };

    private readonly TwilioWebhookSignature _signature = new(Options.Create(new TwilioOptions
    {
        AuthToken = Token,
        WebhookSigningKeys = new() { [KeyId] = KeySecret },
    }));

    [Fact]
    public void IsValid_AcceptsTwilioDocumentedExample()
    {
        Assert.Equal(DocumentedSignature, TwilioTestSignature.Sign(Token, Url, Parameters));
        Assert.True(_signature.IsValid(Url, Parameters, DocumentedSignature, null));
    }

    [Fact]
    public void IsValid_DoesNotDependOnParameterOrder()
    {
        Assert.True(_signature.IsValid(Url, Parameters.Reverse(), DocumentedSignature, null));
    }

    [Fact]
    public void IsValid_RefusesATamperedParameter_AWrongToken_AnotherUrl_AndNoSignature()
    {
        var tampered = new Dictionary<string, string>(Parameters) { ["Digits"] = "1235" };
        var otherToken = new TwilioWebhookSignature(Options.Create(new TwilioOptions { AuthToken = "54321" }));

        Assert.False(_signature.IsValid(Url, tampered, DocumentedSignature, null));
        Assert.False(otherToken.IsValid(Url, Parameters, DocumentedSignature, null));
        Assert.False(_signature.IsValid(Url + "&baz=3", Parameters, DocumentedSignature, null));
        Assert.False(_signature.IsValid(Url, Parameters, null, null));
        Assert.False(_signature.IsValid(Url, Parameters, "", null));
    }

    [Fact]
    public void IsValid_AcceptsASignatureOverTheUrlWithTheDefaultPort_AndOneWithout()
    {
        // Twilio signs some callbacks over the URL as given and others with the scheme's port written out.
        const string withoutPort = "https://clinic.example/patient-portal/api/sms/status";
        const string withPort = "https://clinic.example:443/patient-portal/api/sms/status";

        Assert.True(_signature.IsValid(withoutPort, Parameters, TwilioTestSignature.Sign(Token, withPort, Parameters), null));
        Assert.True(_signature.IsValid(withPort, Parameters, TwilioTestSignature.Sign(Token, withoutPort, Parameters), null));
        Assert.True(_signature.IsValid("http://clinic.example/status", Parameters, TwilioTestSignature.Sign(Token, "http://clinic.example:80/status", Parameters), null));
    }

    [Fact]
    public void IsValid_RefusesASignatureOverAnotherPort()
    {
        const string url = "https://clinic.example/patient-portal/api/sms/status";

        Assert.False(_signature.IsValid(url, Parameters, TwilioTestSignature.Sign(Token, "https://clinic.example:8443/patient-portal/api/sms/status", Parameters), null));
        Assert.False(_signature.IsValid(url, Parameters, TwilioTestSignature.Sign(Token, "https://clinic.example:80/patient-portal/api/sms/status", Parameters), null));
    }

    [Fact]
    public void IsValid_WithSignatureSettingsNamingAKey_ChecksHmacSha256WithThatKeysSecret()
    {
        var settings = $"key={KeyId},algorithm=HMAC_SHA256";
        var signed = TwilioTestSignature.Sign(KeySecret, Url, Parameters, sha256: true);

        Assert.True(_signature.IsValid(Url, Parameters, signed, settings));
        Assert.False(_signature.IsValid(Url, Parameters, signed, null));
        Assert.False(_signature.IsValid(Url, Parameters, TwilioTestSignature.Sign(Token, Url, Parameters, sha256: true), settings));
        Assert.False(_signature.IsValid(Url, new Dictionary<string, string>(Parameters) { ["Digits"] = "1235" }, signed, settings));
    }

    [Fact]
    public void IsValid_RefusesAKeyWeDoNotHold_AndAnUnknownAlgorithm()
    {
        var signedWithToken = TwilioTestSignature.Sign(Token, Url, Parameters, sha256: true);

        Assert.False(_signature.IsValid(Url, Parameters, signedWithToken, "key=webhooks_sharedkey_unknown,algorithm=HMAC_SHA256"));
        Assert.False(_signature.IsValid(Url, Parameters, TwilioTestSignature.Sign(KeySecret, Url, Parameters), $"key={KeyId},algorithm=HMAC_MD5"));
    }

    [Fact]
    public void IsValid_RefusesAFieldGivenTwice()
    {
        var doubled = Parameters.Append(new("Digits", "9999"));

        Assert.False(_signature.IsValid(Url, doubled, DocumentedSignature, null));
    }
}
