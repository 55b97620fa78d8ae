using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.CallBack;

/// <summary>A practice with a phone but no email address for requests (neither CallBackEmail nor a contact email).</summary>
public sealed class NoCallBackAddressPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // Null leaves a setting unset (appsettings.json has a contact email); an empty one would also empty Email:ReplyTo.
        ["PatientPortal:Practice:CallBackEmail"] = null,
        ["PatientPortal:Practice:Contact:Email"] = null,
        ["PatientPortal:Passwords:HashIterations"] = "100000",
        ["PatientPortal:Passwords:SignInHashBudget"] = "1",
    };
}

public sealed class CallBackWithoutAddressTests(NoCallBackAddressPortalFactory portal) : IClassFixture<NoCallBackAddressPortalFactory>
{
    [Fact]
    public async Task WithoutAnAddressForRequests_TheBookingPageGivesThePracticesPhone_InsteadOfTheForm()
    {
        var (email, _) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);

        var page = await CallBackScenario.TextAsync(await browser.GetAsync(new Uri(CallBackScenario.BookingPage, UriKind.Relative)));

        Assert.Contains("<h2 id=\"call-back\">Call us to book</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Call Riverside Private Clinic on <a href=\"tel:02079460000\">020 7946 0000</a> to book.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(CallBackScenario.FormAction, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestPostedAnyway_SendsNothing_AndTheAnswerGivesThePhone()
    {
        var (email, id) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);

        using var response = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage, [("times", "Morning"), ("phone", "07911 123456")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("020 7946 0000", await CallBackScenario.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await portal.QueryAsync(db => db.OutboxMessages.Where(message => message.PatientId == id && message.Purpose == MessagePurpose.CallBackRequest).ToListAsync()));
    }
}
