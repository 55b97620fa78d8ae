using System.Text.Json;
using Microsoft.Playwright;

namespace PatientPortal.BrowserTests;

/// <summary>
/// axe-core (npm, in tests/node_modules) run in the page as it is: every rule axe runs by default (WCAG 2 A and AA,
/// and its best practices). The page's CSP does not allow the script tag Playwright adds, so contexts that use this
/// are opened with <see cref="BrowserNewContextOptions.BypassCSP"/>.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(Find);

    public static BrowserNewContextOptions ContextOptions(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new BrowserNewContextOptions { BaseURL = baseUrl.AbsoluteUri, BypassCSP = true };
    }

    /// <summary>The page rules a screen on the website's admin pages cannot meet: its page (one main landmark, a level-one heading, all content in landmarks) is the host's.</summary>
    private static readonly string[] HostPageRules = ["landmark-one-main", "page-has-heading-one", "region"];

    /// <summary>Fails with each violation's rule, what it asks for and the elements it found, so the message says what to fix.</summary>
    public static Task AssertNoViolationsAsync(IPage page, string state) => AssertNoViolationsAsync(page, state, []);

    /// <summary>As <see cref="AssertNoViolationsAsync(IPage, string)"/> for one screen on the website's admin pages: every rule but <see cref="HostPageRules"/>.</summary>
    public static Task AssertNoScreenViolationsAsync(IPage page, string state) => AssertNoViolationsAsync(page, state, HostPageRules);

    private static async Task AssertNoViolationsAsync(IPage page, string state, string[] skippedRules)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async (skipped) => (await axe.run(document, { rules: Object.fromEntries(skipped.map(rule => [rule, { enabled: false }])) })).violations.map(violation => ({
                rule: violation.id,
                help: violation.help,
                elements: violation.nodes.map(node => node.target.join(' ')).join(', '),
            }))
            """, skippedRules);
        var found = violations.EnumerateArray()
            .Select(violation => $"{violation.GetProperty("rule").GetString()}: {violation.GetProperty("help").GetString()} ({violation.GetProperty("elements").GetString()})")
            .ToList();
        Assert.True(found.Count == 0, $"axe-core found {found.Count} violation(s) on {state}:\n{string.Join('\n', found)}");
    }

    /// <summary>
    /// Only what is ours on a page we share: violations whose elements lie inside one of <paramref name="within"/>
    /// (element names, such as our screens and the modal we open). Inside the backoffice app the rest is Umbraco's.
    /// </summary>
    public static async Task AssertNoViolationsWithinAsync(IPage page, string state, params string[] within)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(within);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async (within) => (await axe.run(document)).violations.flatMap(violation => violation.nodes
              .filter(node => node.target.flat().some(selector => within.some(name => selector === name || selector.startsWith(name + '[') || selector.startsWith(name + ' '))))
              .map(node => `${violation.id}: ${violation.help} (${node.target.flat().join(' ')})`))
            """, within);
        var found = violations.EnumerateArray().Select(violation => violation.GetString()).ToList();
        Assert.True(found.Count == 0, $"axe-core found {found.Count} violation(s) in {string.Join(", ", within)} on {state}:\n{string.Join('\n', found)}");
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core is not installed. Run ./test.sh from the repository root (it runs 'npm ci' in tests/).");
    }
}
