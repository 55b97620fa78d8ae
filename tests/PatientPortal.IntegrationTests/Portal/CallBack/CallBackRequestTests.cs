using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Imports;
using PatientPortal.IntegrationTests.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.CallBack;

/// <summary>The booking page ends in a call-back request that reaches the practice by email, through the outbox.</summary>
public sealed class CallBackRequestTests(CallBackPortalFactory portal) : IClassFixture<CallBackPortalFactory>
{
    [Fact]
    public async Task ACallBackRequest_ReachesThePracticeByEmail_AndThePageSaysWhatHappensNext()
    {
        var admin = await portal.AdminAsync();
        var physio = await ServiceIdAsync(await admin.ServiceAsync($"Physiotherapy {Guid.NewGuid():N}", 95m, durationMinutes: 45));
        var (email, id) = await portal.PatientAsync(mobile: "+447911123456");
        var browser = await portal.SignedInAsync(email);
        var serviceName = await portal.QueryAsync(db => db.Services.Where(service => service.Id == physio).Select(service => service.Name).SingleAsync());

        using var bookingResponse = await browser.GetAsync(new Uri($"{CallBackScenario.BookingPage}?service={physio}", UriKind.Relative));
        var booking = await CallBackScenario.TextAsync(bookingResponse);
        Assert.True(bookingResponse.StatusCode == HttpStatusCode.OK, booking);
        using var response = await CallBackScenario.PostAsync(browser, $"{CallBackScenario.BookingPage}?service={physio}",
            [("service", physio.ToString()), ("times", "Morning"), ("times", "Afternoon"), ("phone", "020 7946 0123"), ("note", "Not on Tuesdays, please.\r\nI work nights.")]);
        var page = await CallBackScenario.TextAsync(response);
        var mail = Assert.Single(await portal.Mail.WaitForEmailsAsync(portal.PracticeInbox));

        // The mobile on file, ready to send.
        Assert.Equal("07911 123456", System.Text.RegularExpressions.Regex.Match(booking, "id=\"phone\" name=\"phone\" value=\"([^\"]*)\"").Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>We will call you back</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"Riverside Private Clinic has your request to book {serviceName}.", page, StringComparison.Ordinal);
        Assert.Contains("call you on <strong>020 7946 0123</strong> in the morning or afternoon", page, StringComparison.Ordinal);
        Assert.Contains("call us on <a href=\"tel:02079460000\">020 7946 0000</a>", page, StringComparison.Ordinal);
        Assert.Equal($"Call back request: Mary O'Higgins, about {serviceName}", mail.Subject);
        foreach (var expected in new[] { "Mary O'Higgins", "12 April 1980", email, "020 7946 0123", "morning or afternoon", serviceName, "Not on Tuesdays, please.", "I work nights.", "You are getting this email because a patient asked the Riverside Private Clinic patient portal for a call back." })
        {
            Assert.Contains(expected, mail.Text, StringComparison.Ordinal);
        }

        Assert.Equal([MessageStatus.Sent], await Eventually.WaitAsync(() => portal.RequestsAsync(id), statuses => statuses is [MessageStatus.Sent], "the request recorded as sent"));
        Assert.Contains("portal.call-back-requested", await portal.AuditActionsAsync(id));
    }

    [Theory]
    [InlineData("", "07911 123456", "", "times", "Choose when we may call you: in the morning, in the afternoon, or both.")]
    [InlineData("Evening", "07911 123456", "", "times", "Choose when we may call you: in the morning, in the afternoon, or both.")]
    [InlineData("Morning", "", "", "phone", "Enter the phone number to call you on.")]
    [InlineData("Morning", "12", "", "phone", "This is not a valid phone number. Check the digits and the country code.")]
    [InlineData("Morning", "call me", "", "phone", "Enter a phone number, such as 020 7946 0000 or 07911 123456.")]
    [InlineData("Morning", "07911 123456", "long", "note", "Your note can have at most 500 characters; it has 501.")]
    [InlineData("Morning", "07911 123456", "Call me\u200b later", "note", "Your note contains a character that cannot be seen")]
    public async Task BadInput_ComesBackWithItsMessageNextToTheField_WhatWasTyped_AndNothingSent(string times, string phone, string note, string field, string message)
    {
        var (email, id) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);
        var typedNote = note == "long" ? new string('a', 501) : note;
        var fields = new List<(string, string)> { ("phone", phone), ("note", typedNote) };
        if (times.Length > 0)
        {
            fields.Add(("times", times));
        }

        using var response = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage, fields);
        var page = await CallBackScenario.TextAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", System.Text.RegularExpressions.Regex.Match(page, "<title>(.*?)</title>").Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"#{field}\">{message}", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"field-error\" id=\"{field}-error\">{message}", page, StringComparison.Ordinal);
        Assert.Contains(phone.Length == 0 ? "type=\"tel\" id=\"phone\" name=\"phone\" autocomplete" : $"value=\"{phone}\"", page, StringComparison.Ordinal);
        Assert.Contains($">{typedNote}</textarea>", page, StringComparison.Ordinal);
        Assert.Empty(await portal.RequestsAsync(id));
        Assert.DoesNotContain("portal.call-back-requested", await portal.AuditActionsAsync(id));
    }

    [Fact]
    public async Task TheMobileOnFile_SentBackAsTheFormShowedIt_IsTaken_EvenWhereTodaysRulesWouldRefuseIt()
    {
        // 07700 900xxx is a range set aside for drama: no real phone has it, and the phone-number rules refuse it.
        var (email, id) = await portal.PatientAsync(mobile: "+447700900101");
        var browser = await portal.SignedInAsync(email);

        using var onFile = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage, [("times", "Morning"), ("phone", "07700 900101")]);
        using var typed = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage, [("times", "Morning"), ("phone", "07700 900102")]);

        Assert.Equal(HttpStatusCode.OK, onFile.StatusCode);
        Assert.Contains("call you on <strong>07700 900101</strong>", await CallBackScenario.TextAsync(onFile), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Single(await portal.RequestsAsync(id));
    }

    [Fact]
    public async Task TheForm_WithoutItsAntiforgeryToken_IsRefused_AndSendsNothing()
    {
        var (email, id) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);

        using var response = await browser.PostAsync(new Uri(CallBackScenario.FormAction, UriKind.Relative),
            new FormUrlEncodedContent([new("times", "Morning"), new("phone", "07911 123456")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await portal.RequestsAsync(id));
    }

    [Fact]
    public async Task TheForm_WithoutSigningIn_GoesToSignIn_AndSendsNothing()
    {
        var before = await portal.QueryAsync(db => db.OutboxMessages.CountAsync(message => message.Purpose == MessagePurpose.CallBackRequest));
        var browser = portal.Browser();
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/sign-in");

        using var response = await page.PostAsync(browser, CallBackScenario.FormAction, new() { ["times"] = "Morning", ["phone"] = "07911 123456" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/patient-portal/sign-in", new Uri(browser.BaseAddress!, response.Headers.Location!).AbsolutePath);
        Assert.Equal(before, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(message => message.Purpose == MessagePurpose.CallBackRequest)));
    }

    private Task<Guid> ServiceIdAsync(string externalId) =>
        portal.QueryAsync(db => db.Services.Where(service => service.ExternalId == externalId).Select(service => service.Id).SingleAsync());
}
