using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Tests.Templates;

public sealed class TemplateTokensTests
{
    private static readonly TemplatePurpose[] LinkPurposes =
        [TemplatePurpose.PortalInvitation, TemplatePurpose.PasswordReset, TemplatePurpose.SignUpConfirmation, TemplatePurpose.EmailChangeConfirmation, TemplatePurpose.InvitationAppendix];

    public static TheoryData<TemplatePurpose> AllPurposes => new(Enum.GetValues<TemplatePurpose>());

    private static TemplateToken Token(string name) => TemplateTokens.Find(name) ?? throw new InvalidOperationException(name);

    [Theory]
    [MemberData(nameof(AllPurposes))]
    public void PatientAndPracticeTokens_AreAllowedEverywhere(TemplatePurpose purpose)
    {
        foreach (var token in TemplateTokens.All.Where(token => token.Name.StartsWith("patient.", StringComparison.Ordinal) || token.Name.StartsWith("practice.", StringComparison.Ordinal)))
        {
            Assert.True(token.AllowedIn(purpose), $"{token.Name} in {purpose}");
        }
    }

    [Theory]
    [MemberData(nameof(AllPurposes))]
    public void Trd104AndAppointmentTokens_NeedAnAppointment_OnlyPaymentInAdvance(TemplatePurpose purpose)
    {
        var tokens = TemplateTokens.All.Where(token => token.Name.StartsWith("appointment.", StringComparison.Ordinal)).Append(Token("TRD104"));

        foreach (var token in tokens)
        {
            Assert.Equal(purpose == TemplatePurpose.PaymentInAdvance, token.AllowedIn(purpose));
        }
    }

    [Theory]
    [MemberData(nameof(AllPurposes))]
    public void Trd89ServiceAndRecallTokens_OnlyRecall(TemplatePurpose purpose)
    {
        foreach (var name in new[] { "TRD89", "service.name", "recall.due_date" })
        {
            Assert.Equal(purpose == TemplatePurpose.Recall, Token(name).AllowedIn(purpose));
        }
    }

    [Theory]
    [MemberData(nameof(AllPurposes))]
    public void LinkTokens_OnlyInTheLinkCarryingPurposes(TemplatePurpose purpose)
    {
        Assert.Equal(LinkPurposes.Contains(purpose), Token("link").AllowedIn(purpose));
        Assert.Equal(LinkPurposes.Contains(purpose), Token("link_expires_in").AllowedIn(purpose));
    }

    [Theory]
    [InlineData(TemplatePurpose.PaymentInAdvance, true)]
    [InlineData(TemplatePurpose.Recall, true)]
    [InlineData(TemplatePurpose.PortalInvitation, false)]
    [InlineData(TemplatePurpose.PasswordReset, false)]
    [InlineData(TemplatePurpose.SignUpConfirmation, false)]
    [InlineData(TemplatePurpose.EmailChangeConfirmation, false)]
    [InlineData(TemplatePurpose.InvitationAppendix, false)]
    public void Trd92_AnywhereExceptMessagesCarryingAnAccountLinkAndTheAppendixItself(TemplatePurpose purpose, bool allowed)
    {
        Assert.Equal(allowed, Token("TRD92").AllowedIn(purpose));
    }

    [Fact]
    public void Refusals_SayWhy()
    {
        Assert.Equal("TRD104 needs an appointment: it is only available in the payment-in-advance template.", Token("TRD104").Refusal(TemplatePurpose.Recall));
        Assert.Equal("TRD89 needs a service: it is only available in the recall template.", Token("TRD89").Refusal(TemplatePurpose.PortalInvitation));
        Assert.Contains("already carries an account link", Token("TRD92").Refusal(TemplatePurpose.PasswordReset), StringComparison.Ordinal);
        Assert.Contains("cannot include itself", Token("TRD92").Refusal(TemplatePurpose.InvitationAppendix), StringComparison.Ordinal);
        Assert.Contains("Use TRD104", Token("link").Refusal(TemplatePurpose.PaymentInAdvance), StringComparison.Ordinal);
        Assert.Null(Token("TRD104").Refusal(TemplatePurpose.PaymentInAdvance));
    }

    [Fact]
    public void EveryToken_HasADescription_AndIsAllowedSomewhere()
    {
        Assert.All(TemplateTokens.All, token =>
        {
            Assert.False(string.IsNullOrWhiteSpace(token.Description));
            Assert.Contains(Enum.GetValues<TemplatePurpose>(), token.AllowedIn);
        });
        Assert.Equal(TemplateTokens.All.Count, TemplateTokens.All.Select(token => token.Name).Distinct().Count());
    }

    [Fact]
    public void TrdTokens_AreCatalogued_AsTrd()
    {
        Assert.Equal(["TRD92", "TRD104", "TRD89"], TemplateTokens.All.Where(token => token.Kind == TokenKind.Trd).Select(token => token.Name));
    }

    [Theory]
    [MemberData(nameof(AllPurposes))]
    public void ShippedDefaults_UseOnlyTokensTheirPurposeAllows(TemplatePurpose purpose)
    {
        foreach (var channel in Enum.GetValues<PatientPortal.Core.Messaging.MessageChannel>().Where(channel => TemplatePurposes.Has(purpose, channel)))
        {
            var text = TemplateDefaults.For(purpose, channel);
            Assert.Empty(Support.TemplateHarness.Validate(purpose, channel, text.Subject, text.Body));
        }
    }
}
