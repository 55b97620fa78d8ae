using PatientPortal.Core.Common;

namespace PatientPortal.Core.Tests.Common;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("admin\r\nfake line", "admin\\r\\nfake line")]
    [InlineData("Mary\u202Eevil", "Mary\\u202Eevil")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("nul\u0000", "nul\\u0000")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("line\u2028separator", "line\\u2028separator")]
    public void Safe_WritesHiddenCharactersAsEscapes(string value, string expected)
    {
        Assert.Equal(expected, LogValue.Safe(value));
    }

    [Theory]
    [InlineData("O'Higgins")]
    [InlineData("Nguyễn 🦷 محمد")]
    [InlineData("SM0123456789abcdef")]
    public void Safe_LeavesOrdinaryTextAsItIs(string value)
    {
        Assert.Equal(value, LogValue.Safe(value));
    }

    [Fact]
    public void Safe_EscapesHalfASurrogatePair()
    {
        Assert.Equal("a\\uD800b", LogValue.Safe("a" + (char)0xD800 + "b"));
    }

    [Fact]
    public void Safe_CutsALongValue_AndSaysHowLongItWas()
    {
        var safe = LogValue.Safe(new string('x', 10_000));

        Assert.Equal(new string('x', LogValue.MaximumLength) + "… (10000 characters)", safe);
    }

    [Fact]
    public void Safe_KeepsNull()
    {
        Assert.Null(LogValue.Safe(null));
    }
}
