using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests;

/// <summary>The demo site taking payments through Stripe Checkout, played by a local server.</summary>
public sealed class StripeBrowserPortalFactory : BrowserPortalFactory
{
    public StripeServer Stripe { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            foreach (var (key, value) in Stripe.Settings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Stripe.Dispose();
    }
}
