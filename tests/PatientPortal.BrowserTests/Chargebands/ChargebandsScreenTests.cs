using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Chargebands;

/// <summary>The chargebands screen (the package's Lit + Umbraco UI element) on the website's admin pages, in Chromium.</summary>
public sealed class ChargebandsScreenTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task Admin_EnablesOnlineBookingWithNoNotifications_AndAClashingInviteCodeIsRefusedAtTheField()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/chargebands");

        // The seeded "Staff" chargeband has online booking off.
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Staff" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Online settings")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable online booking" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Allowing patient access").First).ToBeVisibleAsync();
        await page.GetByText("Allow with no notifications: nobody is messaged").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Allow with no notifications" })).ToBeCheckedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "chargebands-allowing-access.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("On: Allow with no notifications.")).ToBeVisibleAsync();
        var code = page.GetByRole(AriaRole.Textbox, new() { Name = "Online sign-up invite code" });
        await code.FillAsync("WELCOME123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("#inviteCodeError")).ToContainTextAsync("already used by another chargeband");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "chargebands-code-clash.png"), FullPage = true });

        await code.FillAsync("Staff2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" }).ClickAsync();
        // A word and a number: saved once the admin accepts the warning.
        await page.GetByText("Use this code anyway").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Staff2026" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AGuessableCode_ShowsTheWarningAtTheField_UseThisCodeAnywaySavesIt_AndGenerateGivesOneThatSavesWithoutAWarning()
    {
        await portal.CreateOnlineChargebandAsync("Weekend clinic");
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/chargebands");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Weekend clinic" }).ClickAsync();
        var code = page.GetByRole(AriaRole.Textbox, new() { Name = "Online sign-up invite code" });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" });
        var anyway = page.GetByRole(AriaRole.Checkbox, new() { Name = "Use this code anyway" });

        await code.FillAsync("Summer2026");
        await save.ClickAsync();
        await Assertions.Expect(page.Locator("#inviteCodeError")).ToContainTextAsync("easy to guess: it is a word and a number");
        await Assertions.Expect(anyway).Not.ToBeCheckedAsync();
        await page.ScreenshotAsync("chargebands-guessable-code");
        // Clicked by its label, as a person does: the checkbox's own input is drawn over by Umbraco UI.
        await page.GetByText("Use this code anyway").ClickAsync();
        await Assertions.Expect(anyway).ToBeCheckedAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Summer2026" })).ToBeVisibleAsync();
        await Assertions.Expect(anyway).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate a strong code" }).ClickAsync();
        await Assertions.Expect(code).ToHaveValueAsync(new Regex("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}$"));
        var generated = await code.InputValueAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = generated })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#inviteCodeError")).ToHaveCountAsync(0);
    }
}
