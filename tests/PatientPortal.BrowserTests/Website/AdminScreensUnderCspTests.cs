using Microsoft.Playwright;

namespace PatientPortal.BrowserTests.Website;

/// <summary>The admin screens under their Content-Security-Policy in Chromium: every element runs, nothing is refused.</summary>
public sealed class AdminScreensUnderCspTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', event => window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample} ${event.target?.outerHTML?.slice(0, 100) ?? ""}`));
        """;

    [Fact]
    public async Task EveryAdminScreen_RendersItsElement_WithNoCspViolation()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await context.AddInitScriptAsync(RecordViolations);
        var refusedInConsole = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refusedInConsole.Add(message.Text);
            }
        };

        foreach (var (path, element) in new[]
        {
            ("/admin/dashboard", "pp-dashboard"), ("/admin/chargebands", "pp-chargebands"), ("/admin/patients", "pp-patients"),
            ("/admin/messages", "pp-failed-messages"), ("/admin/templates", "pp-templates"),
        })
        {
            await page.GotoAsync(path);
            // The module script (allowed by nonce) defined the element and gave it its API: it rendered into its shadow root.
            await page.WaitForFunctionAsync($"() => document.querySelector('{element}')?.shadowRoot?.childElementCount > 0 && document.querySelector('{element}').api !== undefined");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
            Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
        }

        // The template editor too: CodeMirror's styles are sheets adopted by the shadow root, its marks style attributes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the Payment in advance Email template" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Body (HTML)", new() { Exact = true })).ToContainTextAsync("appointment.date");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var editorViolations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(editorViolations.Length == 0, $"the template editor: {string.Join("; ", editorViolations)}");

        Assert.Empty(refusedInConsole);
    }
}
