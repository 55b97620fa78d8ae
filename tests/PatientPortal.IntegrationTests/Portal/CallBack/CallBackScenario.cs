using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.CallBack;

/// <summary>The site with its own address for call-back requests, and light hashing (the tests sign in, nothing more).</summary>
public sealed class CallBackPortalFactory : PortalFactory
{
    public string PracticeInbox { get; } = Registration.UniqueEmail("call-backs");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Practice:CallBackEmail"] = PracticeInbox,
        ["PatientPortal:Passwords:HashIterations"] = "100000",
        ["PatientPortal:Passwords:SignInHashBudget"] = "1",
    };
}

/// <summary>The booking page's call-back form, posted as a browser without JavaScript does (ticked boxes repeat their name).</summary>
public static class CallBackScenario
{
    public const string BookingPage = "/patient-portal/book";
    public const string FormAction = "/patient-portal/book/call-back";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string bookingPage, IEnumerable<(string Name, string Value)> fields)
    {
        var page = await HtmlForm.GetAsync(browser, bookingPage);
        Assert.NotNull(page.Token);
        var form = fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)).Append(new("__RequestVerificationToken", page.Token!));
        return await browser.PostAsync(new Uri(FormAction, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The patient's call-back requests in the outbox (however far they got).</summary>
    public static Task<List<MessageStatus>> RequestsAsync(this PortalFactory portal, Guid patientId) =>
        portal.QueryAsync(db => db.OutboxMessages.Where(message => message.PatientId == patientId && message.Purpose == MessagePurpose.CallBackRequest).Select(message => message.Status).ToListAsync());
}
