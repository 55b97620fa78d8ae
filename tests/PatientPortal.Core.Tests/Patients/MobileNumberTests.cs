using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Tests.Patients;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("07400 123456")]
    [InlineData("07400123456")]
    [InlineData("+44 7400 123456")]
    [InlineData("0044 7400 123 456")]
    [InlineData("(07400) 123-456")]
    public void TryNormalize_ReadsAUkMobileAsE164(string typed)
    {
        Assert.True(MobileNumber.TryNormalize(typed, "GB", out var e164, out var error));
        Assert.Equal("+447400123456", e164);
        Assert.Null(error);
    }

    [Fact]
    public void TryNormalize_ReadsAnIrishMobileWithItsCountryCode_WhateverThePracticeRegion()
    {
        Assert.True(MobileNumber.TryNormalize("+353 85 123 4567", "GB", out var e164, out _));
        Assert.Equal("+353851234567", e164);
    }

    [Fact]
    public void TryNormalize_ReadsAnIrishMobileWithoutCountryCode_InAnIrishPractice()
    {
        Assert.True(MobileNumber.TryNormalize("085 123 4567", "IE", out var e164, out _));
        Assert.Equal("+353851234567", e164);
    }

    [Theory]
    [InlineData("0121 234 5678", "GB")]
    [InlineData("020 7946 0123", "GB")]
    [InlineData("01 234 5678", "IE")]
    public void TryNormalize_RejectsALandlineAndSaysWhy(string typed, string region)
    {
        Assert.False(MobileNumber.TryNormalize(typed, region, out var e164, out var error));
        Assert.Null(e164);
        Assert.Equal("Enter a mobile number: we send text messages to it.", error);
    }

    [Theory]
    [InlineData("not a number")]
    [InlineData("call me")]
    [InlineData("07400")]
    [InlineData("+44 7400 123456 456789")]
    public void TryNormalize_RejectsGarbage(string typed)
    {
        Assert.False(MobileNumber.TryNormalize(typed, "GB", out var e164, out var error));
        Assert.Null(e164);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryNormalize_AsksForANumberWhenNoneIsGiven(string? typed)
    {
        Assert.False(MobileNumber.TryNormalize(typed, "GB", out _, out var error));
        Assert.Equal("Enter a mobile number.", error);
    }

    [Fact]
    public void TryNormalizePhone_TakesALandline_ThatTryNormalizeRefusesForTexts()
    {
        Assert.True(MobileNumber.TryNormalizePhone("020 7946 0123", "GB", out var e164, out _));
        Assert.Equal("+442079460123", e164);
        Assert.False(MobileNumber.TryNormalize("020 7946 0123", "GB", out _, out var error));
        Assert.Equal("Enter a mobile number: we send text messages to it.", error);
    }

    [Fact]
    public void Display_WritesANumberOfThePracticesRegionNationally_AndAnyOtherWithItsCountryCode()
    {
        Assert.Equal("020 7946 0123", MobileNumber.Display("+442079460123", "GB"));
        Assert.Equal("07911 123456", MobileNumber.Display("+447911123456", "GB"));
        Assert.Equal("+353 85 123 4567", MobileNumber.Display("+353851234567", "GB"));
    }
}
