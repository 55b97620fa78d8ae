using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Infrastructure.Payments;

/// <summary>Stripe Checkout and its webhook, bound from <c>PatientPortal:Stripe</c>. Off until configured.</summary>
public sealed class StripeOptions
{
    /// <summary>Without it the site takes no payment online: no page or message offers to.</summary>
    public bool Enabled { get; set; }

    /// <summary>The secret API key (<c>sk_live_…</c>, or <c>sk_test_…</c> in test mode); a restricted key needs Checkout Sessions: write.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>); every notice is checked with it.</summary>
    public string? WebhookSigningSecret { get; set; }

    /// <summary>ISO 4217, the practice's currency; amounts are sent in its hundredths, so zero-decimal currencies are refused.</summary>
    [Required]
    [RegularExpression("^[A-Za-z]{3}$")]
    public string Currency { get; set; } = "GBP";

    /// <summary>Where API calls go: a proxy or a test server instead of Stripe's own.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.stripe.com/");

    /// <summary>Where Stripe's hosted Checkout pages are; the payment page's CSP lets its form lead there.</summary>
    [Required]
    public Uri CheckoutOrigin { get; set; } = new("https://checkout.stripe.com/");

    /// <summary>Retries of a call that failed on the network or with a 409/429/5xx; Stripe.net sends an idempotency key, so a retry never makes two checkouts.</summary>
    [Range(0, 5)]
    public int MaxNetworkRetries { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How old a notice's signature may be (Stripe's default, five minutes), against replays.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Currencies Stripe counts in whole units; <see cref="StripePaymentProvider"/> sends hundredths.</summary>
    internal static readonly IReadOnlySet<string> ZeroDecimalCurrencies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };
}
