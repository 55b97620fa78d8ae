using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Tests.Patients;

public sealed class FamilyNameTests
{
    [Theory]
    [InlineData("O'Higgins")]
    [InlineData("OHiggins")]
    [InlineData("o higgins")]
    [InlineData("O’Higgins")]
    [InlineData("O-HIGGINS")]
    public void Normalize_MatchesOHigginsWithApostropheAndWithout(string typed)
    {
        Assert.Equal("ohiggins", FamilyName.Normalize(typed));
        Assert.True(FamilyName.Matches("O'Higgins", typed));
    }

    [Fact]
    public void Matches_IgnoresCase()
    {
        Assert.True(FamilyName.Matches("MACDONALD", "macdonald"));
    }

    [Theory]
    [InlineData("Müller", "Muller")]
    [InlineData("Ní Bhriain", "ni bhriain")]
    [InlineData("Séamus-Ó Dálaigh", "seamus o dalaigh")]
    [InlineData("Straße", "Strasse")]
    public void Matches_IgnoresAccents(string withAccents, string without)
    {
        Assert.True(FamilyName.Matches(withAccents, without));
    }

    [Theory]
    [InlineData("Van der Berg", "vanderberg")]
    [InlineData("  Smith  ", "Smith")]
    [InlineData("Smith-Jones", "Smith Jones")]
    [InlineData("Smith-Jones", "SmithJones")]
    public void Matches_IgnoresSpacesAndHyphens(string a, string b)
    {
        Assert.True(FamilyName.Matches(a, b));
    }

    [Theory]
    [InlineData("Smith", "Smyth")]
    [InlineData("Higgins", "O'Higgins")]
    [InlineData("Muller", "Mueller")]
    public void Matches_KeepsDifferentNamesApart(string a, string b)
    {
        Assert.False(FamilyName.Matches(a, b));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("'-", "- '")]
    [InlineData("", "Smith")]
    public void Matches_NeverMatchesAnEmptyKey(string? a, string? b)
    {
        Assert.False(FamilyName.Matches(a, b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ' - ’ ")]
    public void Normalize_WithoutLettersIsEmpty(string? typed)
    {
        Assert.Equal(string.Empty, FamilyName.Normalize(typed));
    }
}
