using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Tests.Practice;

public sealed class PracticeBrandTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#767676", "#FFFFFF", 4.54)] // the lightest grey that passes on white
    public void Contrast_IsWcagsRatio_InEitherOrder(string first, string second, double expected)
    {
        Assert.Equal(expected, PracticeBrand.Contrast(first, second), precision: 2);
        Assert.Equal(expected, PracticeBrand.Contrast(second, first), precision: 2);
    }

    [Fact]
    public void TheDefaults_AreUsable()
    {
        Assert.Null(new PracticeBrand().Problem());
        Assert.Null(new PracticeBrand { LogoUrl = new Uri("https://www.example-clinic.org/logo.png") }.Problem());
    }

    [Fact]
    public void ButtonTextThatCannotBeRead_IsRefused_SayingTheContrast()
    {
        var problem = new PracticeBrand { Colour = "#FFD700", TextOnColour = "#FFFFFF" }.Problem();

        Assert.Equal("PatientPortal:Practice:Brand:TextOnColour on Colour has a contrast of 1.4:1; text on buttons needs at least 4.5:1 to be readable.", problem);
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("#0B5CA")]
    [InlineData("#0B5CAB; background: url(x)")]
    public void AColourThatIsNotHex_IsRefused(string colour)
    {
        Assert.Equal("PatientPortal:Practice:Brand:Colour and TextOnColour are colours written #RRGGBB.", new PracticeBrand { Colour = colour }.Problem());
    }

    [Theory]
    [InlineData("/logo.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    public void ALogoThatIsNotAWebAddress_IsRefused(string logo)
    {
        Assert.NotNull(new PracticeBrand { LogoUrl = new Uri(logo, UriKind.RelativeOrAbsolute) }.Problem());
    }
}
