using PatientPortal.Infrastructure.Messaging.Sms;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

public sealed class TwilioRequestSignatureTests
{
    // The worked example from Twilio's webhook-security documentation and helper-library samples.
    private const string Token = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+14158675309",
        ["Digits"] = "1234",
        ["From"] = "+14158675309",
        ["To"] = "+18005551212",
    };

    [Fact]
    public void Compute_MatchesTwilioDocumentedExample()
    {
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioRequestSignature.Compute(Token, Url, Parameters));
        Assert.True(TwilioRequestSignature.IsValid(Token, Url, Parameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void IsValid_DoesNotDependOnParameterOrder()
    {
        var reversed = Parameters.Reverse().ToList();

        Assert.True(TwilioRequestSignature.IsValid(Token, Url, reversed, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void IsValid_RefusesATamperedParameter_AWrongToken_AnotherUrl_AndNoSignature()
    {
        var tampered = new Dictionary<string, string>(Parameters) { ["Digits"] = "1235" };

        Assert.False(TwilioRequestSignature.IsValid(Token, Url, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioRequestSignature.IsValid("54321", Url, Parameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioRequestSignature.IsValid(Token, Url + "&baz=3", Parameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioRequestSignature.IsValid(Token, Url, Parameters, null));
        Assert.False(TwilioRequestSignature.IsValid(Token, Url, Parameters, ""));
    }

    [Fact]
    public void IsValid_AcceptsASignatureOverTheUrlWithTheDefaultPort_AndOneWithout()
    {
        // Twilio signs some callbacks over the URL as given and others with the scheme's port written out.
        const string withoutPort = "https://clinic.example/patient-portal/api/sms/status";
        const string withPort = "https://clinic.example:443/patient-portal/api/sms/status";

        Assert.True(TwilioRequestSignature.IsValid(Token, withoutPort, Parameters, TwilioRequestSignature.Compute(Token, withPort, Parameters)));
        Assert.True(TwilioRequestSignature.IsValid(Token, withPort, Parameters, TwilioRequestSignature.Compute(Token, withoutPort, Parameters)));
        Assert.True(TwilioRequestSignature.IsValid(Token, "http://clinic.example/status", Parameters, TwilioRequestSignature.Compute(Token, "http://clinic.example:80/status", Parameters)));
    }

    [Fact]
    public void IsValid_RefusesASignatureOverAnotherPort()
    {
        const string url = "https://clinic.example/patient-portal/api/sms/status";

        Assert.False(TwilioRequestSignature.IsValid(Token, url, Parameters, TwilioRequestSignature.Compute(Token, "https://clinic.example:8443/patient-portal/api/sms/status", Parameters)));
        Assert.False(TwilioRequestSignature.IsValid(Token, url, Parameters, TwilioRequestSignature.Compute(Token, "https://clinic.example:80/patient-portal/api/sms/status", Parameters)));
    }
}
