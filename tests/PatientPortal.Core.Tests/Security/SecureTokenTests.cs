using System.Buffers.Text;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.Tests.Security;

public sealed class SecureTokenTests
{
    [Fact]
    public void Generate_Is43Base64UrlCharactersCarrying256Bits()
    {
        var token = SecureToken.Generate();

        Assert.Equal(43, token.Length);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not Base64Url"));
        Assert.Equal(32, Base64Url.DecodeFromChars(token).Length);
        Assert.Equal(256, SecureToken.ByteLength * 8);
    }

    [Fact]
    public void Generate_NeverRepeats()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SecureToken.Generate()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(1000, tokens.Count);
    }

    [Fact]
    public void Hash_IsTheSameForTheSameToken_AndDiffersBetweenTokens()
    {
        var token = SecureToken.Generate();
        var other = SecureToken.Generate();

        var hash = SecureToken.Hash(token);

        Assert.Equal(hash, SecureToken.Hash(token));
        Assert.NotEqual(hash, SecureToken.Hash(other));
        Assert.Matches("^[0-9A-F]{64}$", hash);
    }

    [Fact]
    public void Hash_IsNotTheTokenItself()
    {
        var token = SecureToken.Generate();

        Assert.DoesNotContain(token, SecureToken.Hash(token)!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!A")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAé")]
    public void Hash_IsNullForAnythingThatCannotBeAnIssuedToken(string? token)
    {
        Assert.Null(SecureToken.Hash(token));
    }
}
