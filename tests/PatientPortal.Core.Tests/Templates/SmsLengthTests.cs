using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Tests.Templates;

public sealed class SmsLengthTests
{
    [Fact]
    public void PlainAsciiText_IsGsm7_OneSeptetPerCharacter()
    {
        var length = SmsLength.Of("Your appointment is at 14:30.");

        Assert.Equal(SmsEncoding.Gsm7, length.Encoding);
        Assert.Equal(29, length.Characters);
        Assert.Equal(29, length.Units);
        Assert.Equal(1, length.Segments);
    }

    [Theory]
    [InlineData("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà")]
    [InlineData("\n\r !\"#%&'()*+,-./:;<=>?")]
    public void Gsm7BasicCharacters_CountOne(string text)
    {
        var length = SmsLength.Of(text);

        Assert.Equal(SmsEncoding.Gsm7, length.Encoding);
        Assert.Equal(text.Length, length.Units);
    }

    [Theory]
    [InlineData('^')]
    [InlineData('{')]
    [InlineData('}')]
    [InlineData('\\')]
    [InlineData('[')]
    [InlineData('~')]
    [InlineData(']')]
    [InlineData('|')]
    [InlineData('€')]
    [InlineData('\f')]
    public void Gsm7ExtensionCharacters_CountDouble(char extension)
    {
        var length = SmsLength.Of($"a{extension}b");

        Assert.Equal(SmsEncoding.Gsm7, length.Encoding);
        Assert.Equal(3, length.Characters);
        Assert.Equal(4, length.Units);
    }

    [Fact]
    public void OneNonGsmCharacter_SwitchesTheWholeMessageToUcs2()
    {
        var text = new string('a', 100) + "ł";

        var length = SmsLength.Of(text);

        Assert.Equal(SmsEncoding.Ucs2, length.Encoding);
        Assert.Equal(101, length.Units);
        Assert.Equal(2, length.Segments); // 101 units would have been one GSM-7 segment
    }

    [Fact]
    public void Emoji_IsTwoUcs2Units_ButOneCharacter()
    {
        var length = SmsLength.Of("See you soon 😀");

        Assert.Equal(SmsEncoding.Ucs2, length.Encoding);
        Assert.Equal(14, length.Characters);
        Assert.Equal(15, length.Units);
    }

    [Fact]
    public void ExtensionCharacters_InUcs2_CountOnce()
    {
        var length = SmsLength.Of("€ ł");

        Assert.Equal(SmsEncoding.Ucs2, length.Encoding);
        Assert.Equal(3, length.Units);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Gsm7_Holds160InOneSegment_Then153PerSegment(int septets, int segments)
    {
        Assert.Equal(segments, SmsLength.Of(new string('a', septets)).Segments);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Ucs2_Holds70InOneSegment_Then67PerSegment(int units, int segments)
    {
        Assert.Equal(segments, SmsLength.Of(new string('ł', units)).Segments);
    }

    [Fact]
    public void ExtensionCharacters_CountDoubleTowardsTheSegmentLimit()
    {
        Assert.Equal(1, SmsLength.Of(new string('a', 158) + "€").Segments); // 160 septets
        Assert.Equal(2, SmsLength.Of(new string('a', 159) + "€").Segments); // 161 septets
    }

    [Fact]
    public void AnEscapePair_IsNotSplitAcrossSegments()
    {
        // 152 septets, then an extension character that would straddle the 153-septet boundary: it moves to the
        // second part, which then holds 2 + 152 = 154 > 153 septets, so a third part is needed.
        var text = new string('a', 152) + "€" + new string('a', 152);

        var length = SmsLength.Of(text);

        Assert.Equal(306, length.Units);
        Assert.Equal(3, length.Segments);
        Assert.Equal(2, SmsLength.Of(new string('a', 153) + "€" + new string('a', 151)).Segments);
    }

    [Fact]
    public void ASurrogatePair_IsNotSplitAcrossSegments()
    {
        // 66 units, then an emoji (2 units) that would straddle the 67-unit boundary.
        var length = SmsLength.Of(new string('ł', 66) + "😀" + new string('ł', 66));

        Assert.Equal(134, length.Units);
        Assert.Equal(3, length.Segments);
    }

    [Fact]
    public void UnitsPerSegment_IsTheSingleLimitForOnePart_AndTheMultipartOneAfter()
    {
        Assert.Equal(160, SmsLength.Of("hi").UnitsPerSegment);
        Assert.Equal(153, SmsLength.Of(new string('a', 200)).UnitsPerSegment);
        Assert.Equal(70, SmsLength.Of("ł").UnitsPerSegment);
        Assert.Equal(67, SmsLength.Of(new string('ł', 80)).UnitsPerSegment);
    }
}
