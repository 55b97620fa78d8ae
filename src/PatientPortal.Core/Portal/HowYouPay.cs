using System.Globalization;
using PatientPortal.Core.Chargebands;

namespace PatientPortal.Core.Portal;

/// <summary>
/// How a patient pays for their care, in their words, from their chargeband's billing rules. Never the chargeband's
/// name or a rule's description: those are the practice's own labels ("Self-pay", "Staff", "Acme Health plan").
/// </summary>
public static class HowYouPay
{
    /// <summary>A sentence or two, or empty when the rules say nothing about paying (booking rules only).</summary>
    public static string Describe(IEnumerable<BillingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var types = rules.ToList();
        var discount = types.FirstOrDefault(rule => rule is { Type: BillingRuleType.Discount, Percentage: > 0 })?.Percentage;
        var sentences = new List<string>();
        if (types.Any(rule => rule.Type == BillingRuleType.InsurerBilled))
        {
            sentences.Add("The practice bills your insurer for your care.");
        }
        else if (discount is { } percentage)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"You pay for your own care, with {percentage:0.##}% off the practice's prices."));
        }
        else if (types.Any(rule => rule.Type is BillingRuleType.StandardTariff or BillingRuleType.PaymentInAdvance))
        {
            sentences.Add("You pay for your own care, at the practice's standard prices.");
        }

        if (types.Any(rule => rule.Type == BillingRuleType.PaymentInAdvance))
        {
            sentences.Add("You pay for each appointment before it takes place.");
        }

        return string.Join(' ', sentences);
    }
}
