using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Portal;

namespace PatientPortal.Core.Tests.Portal;

public sealed class HowYouPayTests
{
    [Fact]
    public void ASelfPayChargeband_SaysThePatientPaysStandardPrices_WithoutItsName()
    {
        var text = HowYouPay.Describe([new BillingRule(BillingRuleType.PatientSelfBook), new BillingRule(BillingRuleType.StandardTariff, "Self-pay tariff")]);

        Assert.Equal("You pay for your own care, at the practice's standard prices.", text);
    }

    [Fact]
    public void AnInsuredChargeband_SaysTheInsurerIsBilled_WithoutTheRulesOwnDescription()
    {
        var text = HowYouPay.Describe([new BillingRule(BillingRuleType.PatientSelfBook), new BillingRule(BillingRuleType.InsurerBilled, "Acme Health plan")]);

        Assert.Equal("The practice bills your insurer for your care.", text);
    }

    [Fact]
    public void ADiscount_SaysHowMuchOff_AndPaymentInAdvance_SaysWhen()
    {
        Assert.Equal("You pay for your own care, with 20% off the practice's prices.", HowYouPay.Describe([new BillingRule(BillingRuleType.Discount, "Staff discount", 20m)]));
        Assert.Equal(
            "You pay for your own care, at the practice's standard prices. You pay for each appointment before it takes place.",
            HowYouPay.Describe([new BillingRule(BillingRuleType.PaymentInAdvance), new BillingRule(BillingRuleType.PatientSelfBook)]));
    }

    [Fact]
    public void BookingRulesAlone_SayNothing()
    {
        Assert.Equal(string.Empty, HowYouPay.Describe([new BillingRule(BillingRuleType.PatientSelfBook)]));
        Assert.Equal(string.Empty, HowYouPay.Describe([]));
    }
}
