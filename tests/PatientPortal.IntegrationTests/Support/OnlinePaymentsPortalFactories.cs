using PatientPortal.IntegrationTests.Invitations;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// Stripe switched on, for tests of pages and messages as a practice taking payments online has them; nothing here
/// pays, so the API address is one nobody answers.
/// </summary>
public static class OnlinePaymentSettings
{
    public static Dictionary<string, string?> Configured(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["PatientPortal:Stripe:Enabled"] = "true",
            ["PatientPortal:Stripe:SecretKey"] = StripeServer.SecretKey,
            ["PatientPortal:Stripe:WebhookSigningSecret"] = StripeServer.WebhookSecret,
            ["PatientPortal:Stripe:BaseUrl"] = "http://127.0.0.1:9/",
        };
        return all;
    }
}

public sealed class OnlinePaymentsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => OnlinePaymentSettings.Configured();
}

/// <summary>As <see cref="LightHashingPortalFactory"/>, taking payments online.</summary>
public sealed class LightHashingOnlinePaymentsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => OnlinePaymentSettings.Configured(new Dictionary<string, string?>
    {
        ["PatientPortal:Passwords:HashIterations"] = "100000",
        ["PatientPortal:Passwords:SignInHashBudget"] = "1",
    });
}

/// <summary>As <see cref="EmailInvitationsPortalFactory"/>, taking payments online.</summary>
public sealed class EmailInvitationsOnlinePaymentsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => OnlinePaymentSettings.Configured(InvitationPageScenario.EmailOnly());
}
