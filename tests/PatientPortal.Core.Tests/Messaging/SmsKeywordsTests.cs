using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP", "STOP")]
    [InlineData("stop", "STOP")]
    [InlineData("  Stop \n", "STOP")]
    [InlineData("StopAll", "STOPALL")]
    [InlineData("unsubscribe", "UNSUBSCRIBE")]
    [InlineData("Cancel", "CANCEL")]
    [InlineData("end", "END")]
    [InlineData("QUIT\t", "QUIT")]
    public void TwiliosOptOutKeywords_InAnyCaseAndSurroundedByWhitespace_OptOut(string body, string keyword)
    {
        Assert.Equal((SmsReplyKind.OptOut, keyword), SmsKeywords.Classify(body));
    }

    [Theory]
    [InlineData("START", "START")]
    [InlineData(" unstop ", "UNSTOP")]
    [InlineData("Yes", "YES")]
    public void TwiliosOptInKeywords_OptBackIn(string body, string keyword)
    {
        Assert.Equal((SmsReplyKind.OptIn, keyword), SmsKeywords.Classify(body));
    }

    [Theory]
    [InlineData("stop please")]
    [InlineData("Please don't stop")]
    [InlineData("S T O P")]
    [InlineData("STOPP")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Can I move my appointment?")]
    public void AnyOtherText_ChangesNothing(string? body)
    {
        Assert.Equal((SmsReplyKind.Other, string.Empty), SmsKeywords.Classify(body));
    }

    [Fact]
    public void TwiliosOptOutType_ForAMessagingServicesOwnKeyword_IsBelieved_WithTheWordRecorded()
    {
        Assert.Equal((SmsReplyKind.OptOut, "ARRET"), SmsKeywords.Classify(" arret ", "STOP"));
        Assert.Equal((SmsReplyKind.OptIn, "REPRENDRE"), SmsKeywords.Classify("reprendre", "start"));
        Assert.Equal((SmsReplyKind.Other, string.Empty), SmsKeywords.Classify("info", "HELP"));
    }

    [Fact]
    public void AKeywordWithTwiliosOptOutType_LongerThanAKeyword_IsRecordedAsTheType()
    {
        Assert.Equal((SmsReplyKind.OptOut, "STOP"), SmsKeywords.Classify(new string('x', SmsKeywords.MaximumKeywordLength + 1), "STOP"));
    }
}
