using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Dashboard;

/// <summary>The dashboard (the package's pp-dashboard element) in Chromium, over invitations sent, opened and completed for real.</summary>
public sealed class DashboardScreenTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task Admin_SeesTheFunnelChart_TheTotalsWithRates_TheDaysAsATable_AndTheFailedDelivery()
    {
        var chargebandId = await portal.CreateChargebandAsync($"Funnel {Guid.NewGuid():N}"[..15]);
        var emails = Enumerable.Range(0, 5).Select(_ => Registration.UniqueEmail("dashboard")).ToList();
        var invitations = new List<Guid>();
        foreach (var email in emails)
        {
            invitations.Add(await portal.InviteAsync(await portal.AddPatientAsync(chargebandId, email)));
        }

        var links = new List<string>();
        foreach (var email in emails)
        {
            links.Add(InvitationLink.Of(Assert.Single(await portal.Mail.WaitForEmailsAsync(email))).AbsoluteUri);
        }

        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => invitations.Contains(m.InvitationId!.Value) && m.Status == MessageStatus.Sent)),
            sent => sent == 5,
            "the five invitations to be recorded as sent");
        await CompleteInvitationAsync(links[0]);
        await OpenInvitationAsync(links[1]);
        await FailAsync(invitations[4]);

        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();

        // The demo data's payment and recall messages carry invitations of their own: count this test's kind only.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Purpose" }).SelectOptionAsync(new SelectOptionValue { Label = "Portal invitation" });
        var totals = page.GetByRole(AriaRole.Group, new() { Name = "Totals" }).Or(page.Locator("pp-dashboard dl.totals"));
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=sent] .number")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=delivered] .number")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=opened] .number")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=completed] .number")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=delivered] .rate")).ToHaveTextAsync("100% of sent");
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=opened] .rate")).ToHaveTextAsync("50% of delivered");
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=completed] .rate")).ToHaveTextAsync("50% of opened");
        await Assertions.Expect(page.Locator("pp-dashboard .total.overall .number")).ToHaveTextAsync("25%");
        await Assertions.Expect(totals.First).ToBeVisibleAsync();

        var chart = page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Line chart of invitations sent, delivered, opened and completed per day") });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pp-funnel-chart polyline.series")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Legend" })).ToContainTextAsync("email has no delivery receipts");
        var failed = page.GetByRole(AriaRole.Table, new() { Name = "Failed deliveries" });
        await Assertions.Expect(failed.GetByRole(AriaRole.Cell, new() { Name = emails[4], Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 failed delivery needs sending again.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("dashboard");

        // The keyboard reaches the chart, whose focus is visible; End reads out the last day (today), Left the day before.
        var chartBox = page.Locator("pp-funnel-chart .chart");
        var unfocused = await chartBox.ScreenshotAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Bulk run" }).FocusAsync();
        await page.TabUntilAsync(name => name?.StartsWith("Invitations per day", StringComparison.Ordinal) == true);
        Assert.NotEqual(Convert.ToBase64String(unfocused), Convert.ToBase64String(await chartBox.ScreenshotAsync()));
        await page.Keyboard.PressAsync("End");
        var readout = page.Locator("pp-funnel-chart .readout");
        await Assertions.Expect(readout).ToContainTextAsync(": 4 sent, 4 delivered, 2 opened, 1 completed");
        await page.ScreenshotAsync("dashboard-chart-keyboard");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(readout).ToContainTextAsync(": 0 sent, 0 delivered, 0 opened, 0 completed");

        // The same numbers as a table, for screen readers and anyone who wants them.
        await page.GetByText("The numbers per day, as a table").ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { NameRegex = new("^Invitations per day") });
        await Assertions.Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(31);
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"5\s*4\s*4\s*2\s*1\s*$"));

        // A shorter range: the chart and the table follow.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Range" }).SelectOptionAsync(new SelectOptionValue { Label = "Last 7 days" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=sent] .number")).ToHaveTextAsync("4");

        // Sent again from the dashboard: the failed delivery is handled, and the count says so.
        await failed.GetByRole(AriaRole.Button, new() { Name = $"Send again to {emails[4]}" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No failed deliveries.", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheAnswerToAnEarlierFilter_ArrivingAfterTheLatest_DoesNotReplaceIt()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;

        // The first (unfiltered) answer is held back until the answer for a purpose has been shown.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/dashboard/invitation-funnel*", async route =>
        {
            if (!route.Request.Url.Contains("purpose=", StringComparison.Ordinal))
            {
                await release.Task;
            }

            await route.ContinueAsync();
        });
        static bool IsFunnel(IResponse response, bool filtered) =>
            response.Url.Contains("/dashboard/invitation-funnel", StringComparison.Ordinal) && response.Url.Contains("purpose=", StringComparison.Ordinal) == filtered;
        var unfilteredAnswer = page.WaitForResponseAsync(response => IsFunnel(response, filtered: false));
        await page.GotoAsync("/admin/dashboard");
        var filteredAnswer = page.WaitForResponseAsync(response => IsFunnel(response, filtered: true));
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Purpose" }).SelectOptionAsync(new SelectOptionValue { Label = "Portal invitation" });
        var filtered = await (await filteredAnswer).JsonAsync();
        await Assertions.Expect(page.Locator("pp-dashboard .total[data-stage=sent] .number")).ToBeVisibleAsync();
        var funnel = page.Locator("pp-dashboard p.range, pp-dashboard dl.totals");
        var shown = await funnel.AllInnerTextsAsync();

        release.SetResult();
        var lateAnswer = await unfilteredAnswer;
        var late = await lateAnswer.JsonAsync();
        await lateAnswer.FinishedAsync();

        // The page has read the late answer (a task after its body) and drawn whatever it drew with it.
        await page.EvaluateAsync("async () => { await new Promise(done => setTimeout(done, 50)); await document.querySelector('pp-dashboard').updateComplete; await new Promise(requestAnimationFrame); }");

        // The late answer counts more (the demo data's payment and recall invitations) and is not shown.
        static int Created(System.Text.Json.JsonElement? funnel) => funnel!.Value.GetProperty("totals").GetProperty("created").GetInt32();
        Assert.NotEqual(Created(filtered), Created(late));
        Assert.Equal(shown, await funnel.AllInnerTextsAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Purpose" })).ToHaveValueAsync("PortalAccess");
    }

    [Fact]
    public async Task AStartAfterTheEnd_IsRefused_NextToTheField()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/dashboard");
        var to = page.GetByLabel("To", new() { Exact = true });
        await Assertions.Expect(to).Not.ToHaveValueAsync("");
        var end = await to.InputValueAsync();

        // The fields are written as the practice writes dates (en-GB).
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(DateOnly.ParseExact(end, "dd/MM/yyyy", CultureInfo.InvariantCulture).AddDays(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByLabel("From", new() { Exact = true }).DispatchEventAsync("change");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("choose a start on or before the end");
        await page.ScreenshotAsync("dashboard-bad-range");
    }



    /// <summary>The patient's side, in a browser of their own: family name, password, privacy policy.</summary>
    private async Task CompleteInvitationAsync(string link)
    {
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await page.GetByLabel("Your family name").FillAsync("O'Higgins");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Password").FillAsync("heron lantern pebble orchard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("I have read and accept").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome") })).ToBeVisibleAsync();
    }

    private async Task OpenInvitationAsync(string link)
    {
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync();
    }

    /// <summary>As a bounce reported after sending would: the message gives up and waits for the practice.</summary>
    private Task<int> FailAsync(Guid invitationId) =>
        portal.QueryAsync(async db =>
        {
            (await db.OutboxMessages.SingleAsync(m => m.InvitationId == invitationId)).Fail("Mailbox unavailable (test)", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
}
