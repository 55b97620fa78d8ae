namespace PatientPortal.Core.Payments;

/// <summary>
/// Whether the site takes payments online: pages offer "Pay now" and messages promise it only when a provider is
/// configured; otherwise they say how to pay the practice.
/// </summary>
public sealed class OnlinePayments(IEnumerable<IPaymentProvider> providers)
{
    public IPaymentProvider? Provider { get; } = providers.FirstOrDefault(provider => provider.Enabled);

    public bool Available => Provider is not null;
}
