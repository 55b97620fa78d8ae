using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests;

/// <summary>A Chromium page signed in on the website's admin pages, and what the screen tests ask of it.</summary>
public static class AdminBrowser
{
    public static Task<(IBrowserContext Context, IPage Page)> SignInAsync(BrowserPortalFactory portal) =>
        SignInAsync(portal, "admin", PortalFactory.AdminPassword);

    /// <summary>Signed in as the admin in a page axe-core can be added to (its CSP bypassed, see <see cref="Axe"/>).</summary>
    public static Task<(IBrowserContext Context, IPage Page)> SignInForAxeAsync(BrowserPortalFactory portal) =>
        SignInAsync(portal, "admin", PortalFactory.AdminPassword, bypassCsp: true);

    /// <summary>Signed in as another of the site's admin users (see <see cref="PortalFactory.MarketingEditor"/>).</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> SignInAsync(BrowserPortalFactory portal, string username, string password, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri, ViewportSize = new() { Width = 1280, Height = 900 }, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/sign-in");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Practice admin" })).ToBeVisibleAsync();
        return (context, page);
    }

    /// <summary>Saved beside the test assembly, as the test run's artifacts.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"{name}.png"), FullPage = true });

    /// <summary>The accessible name of the element that has the keyboard focus, looking inside shadow roots.</summary>
    public static Task<string?> FocusedNameAsync(this IPage page) =>
        page.EvaluateAsync<string?>("""
            () => {
              let element = document.activeElement;
              while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
              return element ? (element.getAttribute('aria-label') ?? element.textContent?.trim() ?? null) : null;
            }
            """);

    /// <summary>Presses Tab until the focused element's name satisfies the test; answers the names passed on the way.</summary>
    public static async Task<List<string?>> TabUntilAsync(this IPage page, Func<string?, bool> reached, int limit = 40)
    {
        var names = new List<string?>();
        for (var presses = 0; presses < limit; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var name = await page.FocusedNameAsync();
            names.Add(name);
            if (reached(name))
            {
                return names;
            }
        }

        Assert.Fail($"Tab never reached the element; it went through: {string.Join(" | ", names)}");
        return names;
    }
}
