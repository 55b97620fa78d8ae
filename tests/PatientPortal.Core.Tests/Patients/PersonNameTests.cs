using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Tests.Patients;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData(" Mary ", "Mary")]
    [InlineData("O'Higgins", "O'Higgins")]
    [InlineData("Nguyễn", "Nguyễn")]
    [InlineData("محمد", "محمد")]
    [InlineData("Jean-Luc", "Jean-Luc")]
    public void TryNormalize_TrimsAndKeepsNamesInAnyScript(string input, string expected)
    {
        Assert.True(PersonName.TryNormalize(input, out var name, out var problem));
        Assert.Equal(expected, name);
        Assert.Equal(NameProblem.None, problem);
    }

    [Theory]
    [InlineData("Mary\u202E")]
    [InlineData("\u202Eyram")]
    [InlineData("Ma\u0000ry")]
    [InlineData("Ma\u200Bry")]
    [InlineData("Ma\u200Cry")]
    [InlineData("Ma\u200Dry")]
    [InlineData("Ma\u2060ry")]
    [InlineData("\uFEFFMary")]
    [InlineData("Ma\u2066ry\u2069")]
    [InlineData("Ma\rry")]
    [InlineData("Ma\u0007ry")]
    [InlineData("Ma\u2028ry")]
    public void TryNormalize_RefusesHiddenCharacters(string input)
    {
        Assert.False(PersonName.TryNormalize(input, out var name, out var problem));
        Assert.Null(name);
        Assert.Equal(NameProblem.HiddenCharacter, problem);
    }

    [Fact]
    public void TryNormalize_RefusesHalfASurrogatePair()
    {
        // Built here: test data with a lone surrogate does not survive xUnit's serialisation.
        var name = "Ma" + (char)0xD800 + "ry";

        Assert.False(PersonName.TryNormalize(name, out _, out var problem));
        Assert.Equal(NameProblem.HiddenCharacter, problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void TryNormalize_ReportsAMissingName(string? input)
    {
        Assert.False(PersonName.TryNormalize(input, out _, out var problem));
        Assert.Equal(NameProblem.Missing, problem);
    }

    [Fact]
    public void TryNormalize_AcceptsAHundredCharacters_AndRefusesOneMore()
    {
        Assert.True(PersonName.TryNormalize(new string('n', 100), out _, out _));
        Assert.False(PersonName.TryNormalize(new string('n', 101), out _, out var problem));
        Assert.Equal(NameProblem.TooLong, problem);
    }
}
