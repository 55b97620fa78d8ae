namespace PatientPortal.Core.Chargebands;

public enum BillingRuleType
{
    /// <summary>Patients on the chargeband may book online.</summary>
    PatientSelfBook,
    StandardTariff,
    Discount,
    InsurerBilled,
    PaymentInAdvance,
}
