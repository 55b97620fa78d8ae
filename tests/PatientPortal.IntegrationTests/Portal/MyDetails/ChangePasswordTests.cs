using System.Net;
using PatientPortal.Core.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.MyDetails;

/// <summary>"Change password" on my details: the current password first, the same policy as everywhere, other sessions ended.</summary>
public sealed class ChangePasswordTests(LightHashingPortalFactory portal) : IClassFixture<LightHashingPortalFactory>
{
    private const string NewPassword = "seven herons above the estuary";

    [Fact]
    public async Task ChangingThePassword_EndsEveryOtherSession_SignsThisBrowserInAfresh_AndOnlyTheNewPasswordWorks()
    {
        var (email, id) = await portal.PatientAsync();
        var laptop = await portal.SignedInAsync(email);
        var copyOfThisBrowser = await portal.CopyOfCookieAsync(email);
        var browser = await portal.SignedInAsync(email);

        using var response = await MyDetailsScenario.PostAsync(browser, "password", new() { ["currentPassword"] = MyDetailsScenario.Password, ["newPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/patient-portal/my-details?saved=password#password", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, await MyDetailsScenario.HomeStatusAsync(browser));
        Assert.Equal(HttpStatusCode.Redirect, await MyDetailsScenario.HomeStatusAsync(laptop));
        Assert.Equal(HttpStatusCode.Redirect, await MyDetailsScenario.HomeStatusAsync(copyOfThisBrowser));
        Assert.Contains("Your password is changed.", await MyDetailsScenario.TextAsync(await browser.GetAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await portal.SignInStatusAsync(email, MyDetailsScenario.Password));
        Assert.Equal(HttpStatusCode.Redirect, await portal.SignInStatusAsync(email, NewPassword));
        Assert.Contains("account.password-changed", await portal.AuditActionsAsync(id));
    }

    [Theory]
    [InlineData("", NewPassword, "currentPassword", PasswordChange.CurrentPasswordMissingMessage)]
    [InlineData("not my password at all, honestly", NewPassword, "currentPassword", PasswordChange.WrongCurrentPasswordMessage)]
    [InlineData(MyDetailsScenario.Password, "password", "newPassword", "one of the most common passwords")]
    [InlineData(MyDetailsScenario.Password, "short", "newPassword", "at least 15 characters")]
    [InlineData(MyDetailsScenario.Password, MyDetailsScenario.Password, "newPassword", PasswordChange.SamePasswordMessage)]
    public async Task ARefusedChange_SaysWhyNextToTheField_AsksForBothPasswordsAgain_AndChangesNothing(string current, string proposed, string field, string message)
    {
        var (email, id) = await portal.PatientAsync();
        var laptop = await portal.SignedInAsync(email);
        var browser = await portal.SignedInAsync(email);

        using var response = await MyDetailsScenario.PostAsync(browser, "password", new() { ["currentPassword"] = current, ["newPassword"] = proposed });
        var page = await MyDetailsScenario.TextAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", TitleOf(page), StringComparison.Ordinal);
        Assert.Matches($"<p class=\"field-error\" id=\"{field}-error\">[^<]*{System.Text.RegularExpressions.Regex.Escape(message)}", page);
        Assert.Matches($"id=\"{field}\"[^>]*aria-describedby=\"[^\"]*{field}-error\"", page);
        Assert.Contains("the password boxes are empty again. Type your current password and your new password again.", page, StringComparison.Ordinal);
        Assert.DoesNotMatch("<input type=\"password\"[^>]*value=", page);
        Assert.Equal(HttpStatusCode.OK, await MyDetailsScenario.HomeStatusAsync(laptop));
        Assert.Equal(HttpStatusCode.Redirect, await portal.SignInStatusAsync(email, MyDetailsScenario.Password));
        Assert.DoesNotContain("account.password-changed", await portal.AuditActionsAsync(id));
    }

    [Fact]
    public async Task WrongCurrentPasswords_AreThrottled_SoEvenTheRightOneWaits_AndNothingChanges()
    {
        var (email, id) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var wrong = await MyDetailsScenario.PostAsync(browser, "password", new() { ["currentPassword"] = $"a wrong guess number {attempt}", ["newPassword"] = NewPassword });
            statuses.Add(wrong.StatusCode);
        }

        using var right = await MyDetailsScenario.PostAsync(browser, "password", new() { ["currentPassword"] = MyDetailsScenario.Password, ["newPassword"] = NewPassword });
        var page = await MyDetailsScenario.TextAsync(right);

        // Five tries are free and the sixth is counted; the seventh waits, as sign-in does.
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("You have typed a wrong current password too many times. For your security, wait", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await portal.SignInStatusAsync(email, MyDetailsScenario.Password));
        Assert.Equal(6, (await portal.AuditActionsAsync(id)).Count(action => action == "account.password-change-refused"));
    }

    private static string TitleOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "<title>([^<]*)</title>").Groups[1].Value;
}
