using Microsoft.Playwright;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>The real Umbraco backoffice app in Chromium, as the website admin or as a user without our section.</summary>
public static class BackofficeBrowser
{
    public const string Section = "/umbraco/section/patient-portal";

    /// <summary>A new page in the class's context signed in to the site as the admin (the identity the package's API accepts), at <paramref name="path"/>.</summary>
    public static async Task<IPage> OpenAsAdminAsync(BackofficePortalFactory portal, string path = Section)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var page = await (await portal.AdminContextAsync()).NewPageAsync();
        await OpenAsync(page, path);
        return page;
    }

    /// <summary>Closes the page when the test ends, so its polling screens stop before the next test (the context stays).</summary>
    public static IAsyncDisposable ClosesAtTheEnd(this IPage page) => new PageCloser(page);

    /// <summary>Not signed in to the site: the app's user is a content editor without the Patient Portal section.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> OpenAsEditorAsync(BackofficePortalFactory portal, string path)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await OpenToTheHeaderAsync(page, path);
        return (context, page);
    }

    /// <summary>
    /// Opens the address and waits for the app to sign in (the code flow), load the current user and show the
    /// sections it allows (every user here has at least one). The unbundled app is some thousand modules, hence the wait.
    /// </summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(path);
        await OpenToTheHeaderAsync(page, path);
        if (path.StartsWith(Section, StringComparison.Ordinal))
        {
            // Then the section's view: the app loads our umbraco-entry.js only now, which took over 5 s in CI while
            // the integration tests ran beside this suite.
            await Assertions.Expect(page.Locator(SectionViews).First).ToBeAttachedAsync(new() { Timeout = 120_000 });
        }
    }

    /// <summary>The section views' elements (umbraco-package.json's `elementName`s), one of which every address in the section shows.</summary>
    private const string SectionViews = "pp-backoffice-dashboard, pp-backoffice-patients, pp-backoffice-chargebands, pp-backoffice-templates, pp-backoffice-messages";

    /// <summary>For a user who may not have our section: up to the header's section tabs only.</summary>
    private static async Task OpenToTheHeaderAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        // Patience, not a time limit: the backoffice app loads a few hundred modules, which takes well over 30 s on a
        // loaded 2-core machine.
        await Assertions.Expect(page.Locator("umb-backoffice-header-sections uui-tab").First).ToBeAttachedAsync(new() { Timeout = 120_000 });
    }

    /// <summary>A section's tab in the backoffice's header, by the section's alias (the header marks each one).</summary>
    public static ILocator SectionTab(this IPage page, string alias) => page.Locator($"umb-backoffice-header-sections uui-tab[data-mark='section-link:{alias}']");

    private sealed class PageCloser(IPage page) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(page.CloseAsync());
    }
}
