namespace PatientPortal.Core.Templates;

/// <summary>The names of the TRD tokens as templates write them (<c>{{ TRD92 }}</c>).</summary>
public static class TrdTokens
{
    /// <summary>The portal invitation appendix, for a recipient with no account who is not a family member.</summary>
    public const string InvitationAppendix = "TRD92";

    /// <summary>Payment in advance: the payment page, or an invitation that lands there.</summary>
    public const string PaymentInAdvance = "TRD104";

    /// <summary>Recall: the pre-filtered booking search, or an invitation that lands there.</summary>
    public const string Recall = "TRD89";
}
