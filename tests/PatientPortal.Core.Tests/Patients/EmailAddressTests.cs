using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Tests.Patients;

public sealed class EmailAddressTests
{
    [Fact]
    public void TryNormalize_TrimsAndKeepsTheCaseAsTyped()
    {
        Assert.True(EmailAddress.TryNormalize("  Mary.OHiggins@Example.ie ", out var email));
        Assert.Equal("Mary.OHiggins@Example.ie", email);
    }

    [Theory]
    [InlineData("mary@example.com")]
    [InlineData("mary+portal@mail.example.co.uk")]
    [InlineData("o'higgins@example.ie")]
    public void TryNormalize_AcceptsOrdinaryAddresses(string input)
    {
        Assert.True(EmailAddress.TryNormalize(input, out var email));
        Assert.Equal(input, email);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mary")]
    [InlineData("mary@")]
    [InlineData("@example.com")]
    [InlineData("mary@localhost")]
    [InlineData("mary@example.")]
    [InlineData("mary@.example")]
    [InlineData("mary o@example.com")]
    [InlineData("Mary <mary@example.com>")]
    [InlineData("mary@example.com, john@example.com")]
    public void TryNormalize_RejectsWhatIsNotOneMailbox(string? input)
    {
        Assert.False(EmailAddress.TryNormalize(input, out var email));
        Assert.Null(email);
    }

    [Fact]
    public void TryNormalize_RejectsAddressesLongerThan254Characters()
    {
        var tooLong = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 3)) + ".example.com";
        Assert.True(tooLong.Length > EmailAddress.MaximumLength);

        Assert.False(EmailAddress.TryNormalize(tooLong, out _));
    }

    [Fact]
    public void Key_IsLowerCaseSoFamiliesSharingAnAddressAreFound()
    {
        Assert.Equal(EmailAddress.Key("family@example.com"), EmailAddress.Key(" Family@EXAMPLE.com "));
        Assert.Equal("family@example.com", EmailAddress.Key("Family@EXAMPLE.com"));
    }

    [Theory]
    [InlineData("a@[127.0.0.1]")]
    [InlineData("a@[IPv6:::1]")]
    [InlineData("a@127.0.0.1")]
    [InlineData("mary@example.123")]
    public void TryNormalize_RejectsAnAddressLiteralOrANumericDomain(string input)
    {
        Assert.False(EmailAddress.TryNormalize(input, out _));
    }

    [Theory]
    [InlineData("ma\u200Bry@example.com")]
    [InlineData("mary@exam\u202Eple.com")]
    [InlineData("mary\u0000@example.com")]
    [InlineData("\uFEFFmary@example.com")]
    [InlineData("mary\u2060@example.com")]
    public void TryNormalize_RejectsHiddenCharacters(string input)
    {
        Assert.False(EmailAddress.TryNormalize(input, out _));
    }

    [Theory]
    [InlineData("mary.@example.com")]
    [InlineData("(comment)mary@example.com")]
    [InlineData("mary@example.com(Mary)")]
    [InlineData("mary@-example.com")]
    [InlineData("mary@example-.com")]
    [InlineData("mary@exa_mple.com")]
    public void TryNormalize_RejectsWhatMimeKitWouldNotSendToAsTyped(string input)
    {
        Assert.False(EmailAddress.TryNormalize(input, out _));
    }

    [Theory]
    [InlineData("mary@xn--bcher-kva.example")]
    [InlineData("mary@bücher.example")]
    [InlineData("\"mary@home\"@example.com")]
    public void TryNormalize_AcceptsInternationalDomainsAndQuotedLocalParts(string input)
    {
        Assert.True(EmailAddress.TryNormalize(input, out var email));
        Assert.Equal(input, email);
    }
}
