namespace PatientPortal.Core.Payments;

/// <summary>
/// Money a payment provider confirmed it took, as its webhook told us: one row per provider reference, so a
/// repeated or replayed notice finds the row it made and changes nothing. A payment that did not settle its
/// appointment (another amount, an appointment we do not know, one already paid) is kept with that outcome for the
/// practice to reconcile, never dropped.
/// </summary>
public sealed class Payment
{
    private Payment()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The provider's name ("Stripe").</summary>
    public string Provider { get; private set; } = string.Empty;

    /// <summary>The provider's id of the payment (a Stripe Checkout Session id); unique.</summary>
    public string ProviderReference { get; private set; } = string.Empty;

    /// <summary>The appointment the payment was for, as the provider echoed it back; null when it named none we could read.</summary>
    public Guid? AppointmentId { get; private set; }

    /// <summary>The patient the appointment belongs to; null when the appointment is unknown.</summary>
    public Guid? PatientId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>ISO 4217, upper case ("GBP").</summary>
    public string Currency { get; private set; } = string.Empty;

    /// <summary>What the appointment asked for when the payment arrived; null when the appointment is unknown.</summary>
    public decimal? AmountDue { get; private set; }

    public PaymentOutcome Outcome { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static Payment Record(ConfirmedPayment confirmed, Guid? patientId, decimal? amountDue, PaymentOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        return new Payment
        {
            Id = Guid.CreateVersion7(now),
            Provider = confirmed.Provider,
            ProviderReference = confirmed.ProviderReference,
            AppointmentId = confirmed.AppointmentId,
            PatientId = patientId,
            Amount = confirmed.Amount,
            Currency = confirmed.Currency.ToUpperInvariant(),
            AmountDue = amountDue,
            Outcome = outcome,
            ReceivedAt = now,
        };
    }
}
