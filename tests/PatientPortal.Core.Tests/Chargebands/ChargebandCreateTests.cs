using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Chargebands;

public sealed class ChargebandCreateTests
{
    private static readonly DateTimeOffset Now = ChargebandBuilder.Now;

    [Fact]
    public void Create_TrimsTheName_AndStartsWithOnlineBookingOff()
    {
        var chargeband = ResultAssert.Succeeded(Chargeband.Create("  NHS  ", null, Now));

        Assert.Equal("NHS", chargeband.Name);
        Assert.False(chargeband.OnlineBookingEnabled);
        Assert.False(chargeband.HasOnlineSettings);
        Assert.False(chargeband.AcceptsSignUps(DateOnly.FromDateTime(Now.UtcDateTime)));
        Assert.Empty(chargeband.BillingRules);
        Assert.Equal(Now, chargeband.CreatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_RefusesAMissingName(string? name)
    {
        var messages = ResultAssert.InvalidOn(Chargeband.Create(name, null, Now), "name");
        Assert.Equal("Enter a name for the chargeband.", Assert.Single(messages));
    }

    [Fact]
    public void Create_AcceptsAHundredCharacterName_AndRefusesOneMore()
    {
        Assert.True(Chargeband.Create(new string('n', Chargeband.MaximumNameLength), null, Now).Succeeded);
        ResultAssert.InvalidOn(Chargeband.Create(new string('n', Chargeband.MaximumNameLength + 1), null, Now), "name");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(15)]
    [InlineData(100)]
    public void Create_AcceptsADiscountAboveZeroAndUpToAHundredPercent(double percentage)
    {
        var chargeband = ResultAssert.Succeeded(Chargeband.Create("Staff", [new BillingRule(BillingRuleType.Discount, "Staff", (decimal)percentage)], Now));
        Assert.Equal((decimal)percentage, Assert.Single(chargeband.BillingRules).Percentage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(100.5)]
    public void Create_RefusesADiscountWithoutAPercentageInRange(double? percentage)
    {
        var messages = ResultAssert.InvalidOn(
            Chargeband.Create("Staff", [new BillingRule(BillingRuleType.Discount, null, (decimal?)percentage)], Now), "billingRules");
        Assert.Equal("A discount needs a percentage above 0 and at most 100.", Assert.Single(messages));
    }

    [Theory]
    [InlineData(BillingRuleType.StandardTariff)]
    [InlineData(BillingRuleType.PatientSelfBook)]
    [InlineData(BillingRuleType.InsurerBilled)]
    [InlineData(BillingRuleType.PaymentInAdvance)]
    public void Create_RefusesAPercentageOnAnythingButADiscount(BillingRuleType type)
    {
        var messages = ResultAssert.InvalidOn(Chargeband.Create("Private", [new BillingRule(type, null, 10m)], Now), "billingRules");
        Assert.Contains(type.ToString(), Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AllowsSeveralDiscounts_ButEveryOtherRuleOnlyOnce()
    {
        var discounts = Chargeband.Create("Staff", [new BillingRule(BillingRuleType.Discount, "Staff", 10m), new BillingRule(BillingRuleType.Discount, "Student", 5m)], Now);
        var twoTariffs = Chargeband.Create("Private", [new BillingRule(BillingRuleType.StandardTariff), new BillingRule(BillingRuleType.StandardTariff)], Now);

        Assert.Equal(2, ResultAssert.Succeeded(discounts).BillingRules.Count);
        Assert.Equal("Each billing rule other than a discount may appear only once.", Assert.Single(ResultAssert.InvalidOn(twoTariffs, "billingRules")));
    }

    [Fact]
    public void Create_RefusesABillingRuleDescriptionOver200Characters()
    {
        Assert.True(Chargeband.Create("Private", [new BillingRule(BillingRuleType.StandardTariff, new string('d', 200))], Now).Succeeded);
        ResultAssert.InvalidOn(Chargeband.Create("Private", [new BillingRule(BillingRuleType.StandardTariff, new string('d', 201))], Now), "billingRules");
    }

    [Fact]
    public void Create_ReportsEveryProblemAtOnce()
    {
        var result = Chargeband.Create("", [new BillingRule(BillingRuleType.Discount), new BillingRule(BillingRuleType.InsurerBilled, null, 5m)], Now);

        ResultAssert.InvalidOn(result, "name", "billingRules");
        Assert.Equal(2, result.Failure!.Errors["billingRules"].Length);
    }

    [Fact]
    public void AllowsPatientSelfBook_FollowsThePatientSelfBookRule()
    {
        var selfBook = ResultAssert.Succeeded(Chargeband.Create("Private", [new BillingRule(BillingRuleType.PatientSelfBook)], Now));
        var reception = ResultAssert.Succeeded(Chargeband.Create("NHS", [new BillingRule(BillingRuleType.StandardTariff)], Now));

        Assert.True(selfBook.AllowsPatientSelfBook);
        Assert.False(reception.AllowsPatientSelfBook);
    }

    [Fact]
    public void Update_ThatFails_LeavesTheChargebandAsItWas()
    {
        var chargeband = ResultAssert.Succeeded(Chargeband.Create("Private", [new BillingRule(BillingRuleType.StandardTariff)], Now));

        var result = chargeband.Update("Renamed", [new BillingRule(BillingRuleType.Discount, null, 0m)], Now.AddHours(1));

        Assert.False(result.Succeeded);
        Assert.Equal("Private", chargeband.Name);
        Assert.Equal(BillingRuleType.StandardTariff, Assert.Single(chargeband.BillingRules).Type);
        Assert.Equal(Now, chargeband.UpdatedAt);
    }

    [Fact]
    public void Update_ReplacesNameAndRules_AndStampsTheTime()
    {
        var chargeband = ResultAssert.Succeeded(Chargeband.Create("Private", [new BillingRule(BillingRuleType.StandardTariff)], Now));

        ResultAssert.Succeeded(chargeband.Update("Private (insured)", [new BillingRule(BillingRuleType.InsurerBilled)], Now.AddHours(1)));

        Assert.Equal("Private (insured)", chargeband.Name);
        Assert.Equal(BillingRuleType.InsurerBilled, Assert.Single(chargeband.BillingRules).Type);
        Assert.Equal(Now.AddHours(1), chargeband.UpdatedAt);
    }

    [Fact]
    public void Create_RefusesANameWithARightToLeftOverride()
    {
        var message = Assert.Single(ResultAssert.InvalidOn(Chargeband.Create("NHS\u202E", null, Now), "name"));

        Assert.StartsWith("The chargeband name contains a character that cannot be seen", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RefusesANullBillingRule_InsteadOfThrowing()
    {
        var messages = ResultAssert.InvalidOn(Chargeband.Create("NHS", [new BillingRule(BillingRuleType.PatientSelfBook, null, null), null!], Now), "billingRules");

        Assert.Equal("A billing rule is missing: send each rule with its type, or leave it out.", Assert.Single(messages));
    }
}
