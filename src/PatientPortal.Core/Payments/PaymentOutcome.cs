namespace PatientPortal.Core.Payments;

/// <summary>What a confirmed payment did to its appointment.</summary>
public enum PaymentOutcome
{
    /// <summary>The amount due, in the practice's currency: the appointment is now paid.</summary>
    Settled,

    /// <summary>Another amount or currency than the appointment asks for: recorded, the appointment left unpaid for staff to look at.</summary>
    AmountMismatch,

    /// <summary>The provider named no appointment we have: the money was taken, so it is recorded for reconciling.</summary>
    UnknownAppointment,

    /// <summary>The appointment was paid already (another checkout, or the practice-management system): a second payment to refund.</summary>
    AlreadyPaid,
}
